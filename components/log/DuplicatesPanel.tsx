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
  // Null while the search runs: only a finished search may say there are none.
  const [found, setFound] = useState<DuplicateSearch | null>(null);
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
  if (!found) {
    return (
      <section className="duplicates" aria-label="Possible duplicates">
        <h3>Possible duplicates</h3>
        <p className="muted">Looking for possible duplicates…</p>
      </section>
    );
  }
  const { pairs, complete } = found;
  if (!pairs.length) {
    return (
      <section className="duplicates" aria-label="Possible duplicates">
        <h3>No possible duplicates</h3>
        <p className="muted">
          No two events of the same type, dates within a day and places within 10 km come from different
          articles.
        </p>
        {message && <p role="status">{message}</p>}
      </section>
    );
  }

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
      <ul className="duplicate-pairs">
        {pairs.slice(0, LISTED).map(({ first, second, daysApart, kmApart }) => (
          <li key={`${first.id}|${second.id}`} className="duplicate-pair">
            <div className="duplicate-sides">
              <DuplicateSide event={first} />
              <DuplicateSide event={second} />
            </div>
            <p>
              <span className="muted">
                {daysApart} day{daysApart === 1 ? '' : 's'}, {kmApart.toFixed(1)} km apart
              </span>{' '}
              <button type="button" className="secondary" onClick={() => void merge(first, second)}>
                Merge
              </button>
            </p>
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

/**
 * One event of a possible pair, with what tells whether the two are one event: when, what and
 * where, the outlet, who fought whom, the deaths, and the sentence it was read from.
 */
function DuplicateSide({ event }: { event: ConflictEvent }) {
  const actors = [event.actor1?.canonical, event.actor2?.canonical].filter(Boolean);
  return (
    <div className="duplicate-side">
      <p>
        <strong>{event.date}</strong> {event.subEventType} at {event.location?.name ?? 'an unknown place'} (
        {event.source || 'unknown outlet'})
      </p>
      <dl className="duplicate-facts">
        <dt>Actors</dt>
        <dd>{actors.length ? actors.join(' and ') : 'none given'}</dd>
        <dt>Deaths</dt>
        <dd>{event.fatalities ?? 'not given'}</dd>
      </dl>
      <blockquote className="evidence">{event.evidence.text}</blockquote>
    </div>
  );
}
