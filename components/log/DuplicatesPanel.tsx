import { useEffect, useState } from 'react';
import { duplicateSearchSteps, type DuplicateSearch } from '@/lib/log/duplicates';
import type { ConflictEvent } from '@/lib/schema';
import { mergeDuplicateEvents, type ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';

/** Pairs listed at once; the rest are counted (merging some brings the next ones up). */
const LISTED = 20;

/**
 * Two outlets reporting one event: events of the same type, dates within a day and places within
 * 10 km, from different articles. Merging keeps the first, completed from the second, with both
 * sources and the second's evidence in its notes; the second stays in the database as rejected,
 * noting where it went.
 */
export function DuplicatesPanel(props: { db: ConflictReaderDatabase; events: readonly ConflictEvent[] }) {
  const [{ pairs, complete }, setFound] = useState<DuplicateSearch>({ pairs: [], complete: true });
  const [message, setMessage] = useState<string | null>(null);
  // Looked for in the page's idle moments, a few milliseconds at a time: the log answers first,
  // suggestions follow, and typing is never held up behind a search of 100,000 events.
  useEffect(() => {
    const steps = duplicateSearchSteps(props.events);
    let idle = 0;
    const work = (deadline: IdleDeadline) => {
      do {
        const step = steps.next();
        if (step.done) return setFound(step.value);
      } while (deadline.timeRemaining() > 1);
      idle = requestIdleCallback(work, { timeout: 2000 });
    };
    idle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [props.events]);
  if (!pairs.length) return null;

  const merge = async (keep: ConflictEvent, other: ConflictEvent) => {
    try {
      await mergeDuplicateEvents(props.db, keep, other);
      setMessage(
        `Merged: the ${keep.date} event at ${keep.location?.name ?? 'its place'} now lists both sources.`,
      );
    } catch (error) {
      setMessage(`Not merged (${errorMessage(error)}); nothing was changed.`);
    }
  };

  return (
    <section className="duplicates" aria-label="Possible duplicates">
      <h3>
        Possible duplicates ({pairs.length.toLocaleString()}
        {complete ? '' : '+'})
      </h3>
      <p className="muted">Same type, dates within a day, places within 10 km, from different articles.</p>
      <ul className="plain-list">
        {pairs.slice(0, LISTED).map(({ first, second, daysApart, kmApart }) => (
          <li key={`${first.id}|${second.id}`}>
            {first.date} {first.subEventType} at {first.location?.name ?? '?'} ({first.source}) and{' '}
            {second.date} at {second.location?.name ?? '?'} ({second.source}):{' '}
            <span className="muted">
              {daysApart} day{daysApart === 1 ? '' : 's'}, {kmApart.toFixed(1)} km apart
            </span>{' '}
            <button type="button" className="secondary" onClick={() => void merge(first, second)}>
              Merge
            </button>
          </li>
        ))}
        {pairs.length > LISTED && (
          <li className="muted">…and {(pairs.length - LISTED).toLocaleString()} more.</li>
        )}
        {!complete && (
          <li className="muted">
            The search stopped early (many events share a place and a day); the earliest are listed. Merging
            or filtering brings up the rest.
          </li>
        )}
      </ul>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
