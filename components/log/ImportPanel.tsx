import { useEffect, useRef, useState } from 'react';
import {
  ImportWriteError,
  MAX_IMPORT_BYTES,
  type EventConflict,
  type ImportReport,
  type Rejection,
} from '@/lib/exchange';
import { IMPORT_BOUNDS_SUMMARY } from '@/lib/schema';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';
import { counted, eventCountWords } from './event-count-words';
import { ImportJob, type PlanSummary } from './import-job';
import type { CorrectionPreview } from './plan-summary';

/** Rejected rows listed by name; the rest are counted (a broken file can have thousands). */
const LISTED_REJECTIONS = 50;

const FORMAT_LABEL = {
  'backup-json': 'Conflict Reader backup',
  'conflict-reader-csv': 'Conflict Reader CSV',
  'acled-csv': 'ACLED CSV',
} as const;

/**
 * Import a backup, our CSV or an ACLED CSV: the file is read and checked first, every refused
 * row is listed with its reason, and nothing is written until the user accepts; then everything
 * is written in one transaction (or nothing, when the write fails).
 */
export function ImportPanel(props: { db: ConflictReaderDatabase }) {
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A shared file must not teach silently nor overwrite the user's events: nothing chosen at first.
  const [accepted, setAccepted] = useState<Choice>(new Set());
  const [theirs, setTheirs] = useState<Choice>(new Set());
  const job = useRef<ImportJob | null>(null);
  const endJob = () => {
    job.current?.end();
    job.current = null;
  };
  useEffect(() => endJob, []);

  const read = async (file: File | undefined) => {
    endJob();
    setPlan(null);
    setReport(null);
    setError(null);
    setAccepted(new Set());
    setTheirs(new Set());
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1e6).toFixed(0)} MB, more than the ${(MAX_IMPORT_BYTES / 1e6).toFixed(0)} MB an import may be. Nothing was read.`,
      );
      return;
    }
    setBusy(true);
    const reading = new ImportJob();
    job.current = reading;
    try {
      const summary = await reading.read(file, props.db.name);
      if (job.current === reading) setPlan(summary);
    } catch (failure) {
      if (job.current === reading) {
        endJob();
        setError(`${file.name} could not be read (${errorMessage(failure)}).`);
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    endJob();
    setPlan(null);
  };

  const accept = async () => {
    const writing = job.current;
    if (!plan || !writing) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await writing.apply(props.db.name, { acceptedCorrections: accepted, takeTheirs: theirs }));
      endJob();
      setPlan(null);
    } catch (failure) {
      // The plan stays (in the worker too): the user can free some space and try again.
      setError(
        failure instanceof ImportWriteError
          ? `${failure.message} Nothing from the file was written; your log is as it was.`
          : `The import failed (${errorMessage(failure)}). Nothing from the file was written.`,
      );
    } finally {
      setBusy(false);
    }
  };

  // Corrections count only once accepted (those already in the log are not listed, nor written).
  const acceptedCount = accepted === 'all' ? (plan?.newCorrectionCount ?? 0) : accepted.size;
  const records = plan ? plan.counts.events + plan.counts.articles + acceptedCount : 0;
  return (
    <section className="import-panel" aria-label="Import">
      <div className="log-toolbar">
        <strong>Import</strong>
        <label>
          <span className="visually-hidden">File to import</span>
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt"
            disabled={busy}
            onChange={(e) => {
              void read(e.target.files?.[0]);
              // Cleared, so choosing the same file again (after fixing it, say) reads it again.
              e.target.value = '';
            }}
          />
        </label>
        {busy && <span className="muted">Working…</span>}
      </div>
      {error && <p role="alert">{error}</p>}
      {plan && (
        <div className="import-plan" role="region" aria-label="What the file holds">
          {plan.fileError ? (
            <p role="alert">
              {plan.fileName} can't be imported: {plan.fileError}
            </p>
          ) : (
            <>
              <p>
                {plan.fileName} ({plan.format ? FORMAT_LABEL[plan.format] : 'unknown format'}) can be
                imported: {eventCountWords(plan.eventStatuses)}, with{' '}
                {counted(plan.counts.articles, 'article', 'articles')} and{' '}
                {counted(plan.counts.corrections, 'correction', 'corrections')}
                {plan.rejected.length
                  ? `; ${counted(plan.rejected.length, 'row is', 'rows are')} refused`
                  : ''}
                .{' '}
                {plan.conflictCount
                  ? 'Events already in your log are left as they are, except those below you choose to take from the file.'
                  : 'Events already in your log are left as they are.'}
              </p>
              <CorrectionChoices
                listed={plan.newCorrections}
                count={plan.newCorrectionCount}
                chosen={accepted}
                onChange={setAccepted}
              />
              <ConflictChoices
                listed={plan.conflicts}
                count={plan.conflictCount}
                chosen={theirs}
                onChange={setTheirs}
              />
              <div className="actions">
                <button type="button" disabled={busy || records === 0} onClick={() => void accept()}>
                  Import {records.toLocaleString()} records
                </button>
                <button type="button" className="secondary" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          )}
          <Rejections rejected={plan.rejected} />
          <p className="muted">{IMPORT_BOUNDS_SUMMARY}</p>
        </div>
      )}
      {report && (
        <p role="status">
          Imported {report.added.toLocaleString()} new records from {report.fileName}:{' '}
          {eventCountWords(report.newEvents)}, with {counted(report.articles.new, 'article', 'articles')} and{' '}
          {counted(report.corrections.new, 'correction', 'corrections')} (
          {report.events.present.toLocaleString()} of the file's events were already in the log);{' '}
          {counted(report.rejected.length, 'row', 'rows')} refused
          {report.replacedEvents
            ? `; ${counted(report.replacedEvents, 'event', 'events')} replaced by the file’s version`
            : ''}
          {report.declinedCorrections
            ? `; ${counted(report.declinedCorrections, 'correction', 'corrections')} not accepted, so not imported`
            : ''}
          .
        </p>
      )}
    </section>
  );
}

function Rejections({ rejected }: { rejected: readonly Rejection[] }) {
  if (!rejected.length) return null;
  return (
    <details open={rejected.length <= 10}>
      <summary>Refused rows and why ({rejected.length.toLocaleString()})</summary>
      <ul className="plain-list">
        {rejected.slice(0, LISTED_REJECTIONS).map((r, i) => (
          <li key={i}>
            {r.where} ({r.kind}): {r.reason}
          </li>
        ))}
        {rejected.length > LISTED_REJECTIONS && (
          <li className="muted">…and {(rejected.length - LISTED_REJECTIONS).toLocaleString()} more.</li>
        )}
      </ul>
    </details>
  );
}

/** Ids the user chose, or all of them (those listed and those past the list). */
type Choice = ReadonlySet<string> | 'all';

const isChosen = (choice: Choice, id: string) => choice === 'all' || choice.has(id);

/** The choice with one listed item turned on or off ('all' becomes the listed ids). */
function toggled(choice: Choice, id: string, on: boolean, listed: readonly { id: string }[]): Choice {
  const ids = new Set(choice === 'all' ? listed.map((i) => i.id) : choice);
  if (on) ids.add(id);
  else ids.delete(id);
  return ids;
}

/** The file's corrections one by one: each would change how every later page is read. */
function CorrectionChoices(props: {
  listed: readonly CorrectionPreview[];
  count: number;
  chosen: Choice;
  onChange: (choice: Choice) => void;
}) {
  const { listed, count, chosen, onChange } = props;
  if (count === 0) return null;
  return (
    <fieldset className="import-choices">
      <legend>Corrections in the file ({count.toLocaleString()})</legend>
      <p>
        A correction changes how Conflict Reader reads every page from now on. Only the ones you tick are
        imported.
      </p>
      <ul className="plain-list">
        {listed.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={isChosen(chosen, c.id)}
                onChange={(e) => onChange(toggled(chosen, c.id, e.target.checked, listed))}
              />{' '}
              “{c.surface}” {c.teaches}
            </label>
          </li>
        ))}
        {count > listed.length && (
          <li className="muted">
            …and {(count - listed.length).toLocaleString()} more, imported only with “Accept all corrections”.
          </li>
        )}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange('all')}>
          Accept all corrections
        </button>
        <button type="button" className="secondary" onClick={() => onChange(new Set())}>
          Accept none
        </button>
      </div>
    </fieldset>
  );
}

/** Events the file holds with other content under an id of the log: the user keeps theirs or takes the file's. */
function ConflictChoices(props: {
  listed: readonly EventConflict[];
  count: number;
  chosen: Choice;
  onChange: (choice: Choice) => void;
}) {
  const { listed, count, chosen, onChange } = props;
  if (count === 0) return null;
  return (
    <fieldset className="import-choices">
      <legend>Events that differ from yours ({count.toLocaleString()})</legend>
      <p>These events are in your log and in the file under the same id, with different content.</p>
      {listed.map((conflict) => (
        <div key={conflict.id} className="import-conflict" role="group" aria-label={`Event ${conflict.id}`}>
          <strong>{conflict.label || conflict.id}</strong>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">In your log</th>
                <th scope="col">In the file</th>
              </tr>
            </thead>
            <tbody>
              {conflict.differences.map((d) => (
                <tr key={d.field}>
                  <td>{d.field}</td>
                  <td>{d.mine}</td>
                  <td>{d.theirs}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            <input
              type="radio"
              name={`conflict-${conflict.id}`}
              checked={!isChosen(chosen, conflict.id)}
              onChange={() => onChange(toggled(chosen, conflict.id, false, listed))}
            />{' '}
            Keep mine
          </label>{' '}
          <label>
            <input
              type="radio"
              name={`conflict-${conflict.id}`}
              checked={isChosen(chosen, conflict.id)}
              onChange={() => onChange(toggled(chosen, conflict.id, true, listed))}
            />{' '}
            Take the file’s
          </label>
        </div>
      ))}
      {count > listed.length && (
        <p className="muted">
          …and {(count - listed.length).toLocaleString()} more, kept as yours unless you choose “Take the
          file’s for all”.
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange(new Set())}>
          Keep mine for all
        </button>
        <button type="button" className="secondary" onClick={() => onChange('all')}>
          Take the file’s for all
        </button>
      </div>
    </fieldset>
  );
}
