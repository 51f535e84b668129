import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteCorrection, updateCorrection, type ConflictReaderDatabase } from '@/lib/storage';
import { CorrectionEditor } from './CorrectionEditor';
import { describeCorrection } from './describe-correction';

export function CorrectionsSection({ db }: { db: ConflictReaderDatabase }) {
  const corrections = useLiveQuery(() => db.corrections.orderBy('updatedAt').reverse().toArray(), [db]);
  const [editing, setEditing] = useState<string | null>(null);
  if (corrections === undefined) return <p className="muted">Loading…</p>;
  if (corrections.length === 0) {
    return (
      <section className="empty-state">
        <h2>No corrections yet</h2>
        <p>
          When you fix a place, an actor, a number or an alias while reading, the correction is kept here and
          applied to every page you analyse afterwards.
        </p>
      </section>
    );
  }
  return (
    <section>
      <h2>Corrections</h2>
      <ul className="plain-list">
        {corrections.map((correction) =>
          editing === correction.id ? (
            <li key={correction.id}>
              <CorrectionEditor
                correction={correction}
                onSave={async (surface, lesson) => {
                  await updateCorrection(db, correction.id, surface, lesson);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={correction.id}>
              “{correction.surface}” {describeCorrection(correction)}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Edit the correction of “${correction.surface}”`}
                onClick={() => setEditing(correction.id)}
              >
                Edit
              </button>{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Delete the correction of “${correction.surface}”`}
                onClick={() => void deleteCorrection(db, correction.id)}
              >
                Delete
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
