import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ConflictEvent, EventStatus } from '@/lib/schema';
import { editEvent, eventsOfArticle, setEventStatus, type ConflictReaderDatabase } from '@/lib/storage';
import { EventCard } from './EventCard';

/** The article's proposed events, live from the database; deciding on one is a single click. */
export function EventList({
  db,
  articleId,
  onShow,
  missingFromPage,
}: {
  db: ConflictReaderDatabase;
  articleId: string;
  onShow: (event: ConflictEvent) => void;
  /** Ids of confirmed events whose sentence the page no longer has. */
  missingFromPage: ReadonlySet<string>;
}) {
  const events = useLiveQuery(() => eventsOfArticle(db, articleId), [db, articleId]);
  const [error, setError] = useState<string | null>(null);
  if (events === undefined) return <p className="muted">Loading events…</p>;

  const decide = (id: string, status: EventStatus) => {
    setError(null);
    setEventStatus(db, id, status).catch((e: unknown) =>
      setError(
        `Couldn't save your decision (${e instanceof Error ? e.message : String(e)}). Nothing was lost; try again.`,
      ),
    );
  };

  const open = events.filter((e) => e.status === 'proposed').length;
  return (
    <section className="events" aria-label="Proposed events">
      <h2>
        Events{' '}
        <span className="muted">
          ({events.length}, {open} to review)
        </span>
      </h2>
      {error && <p role="alert">{error}</p>}
      {events.length === 0 ? (
        <p className="muted">No events proposed for this article.</p>
      ) : (
        <ol className="event-list">
          {events.map((event) => (
            <EventCard
              key={event.id}
              event={event}
              onStatus={(status) => decide(event.id, status)}
              onEdit={async (edit) => {
                await editEvent(db, event.id, edit);
              }}
              onShow={
                event.evidence.selector && !missingFromPage.has(event.id) ? () => onShow(event) : undefined
              }
              missingFromPage={missingFromPage.has(event.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
