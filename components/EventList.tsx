import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import type { ConflictEvent, EventStatus } from '@/lib/schema';
import {
  editEvent,
  eventsOfArticle,
  getArticle,
  mergeEvents,
  setEventStatus,
  type ConflictReaderDatabase,
} from '@/lib/storage';
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
  const [current, setCurrent] = useState(0);
  /** Events picked for merging, in the order picked (at most two). */
  const [picked, setPicked] = useState<string[]>([]);
  if (events === undefined) return <p className="muted">Loading events…</p>;

  const decide = (event: ConflictEvent, status: EventStatus) => {
    setError(null);
    setEventStatus(db, event, status).catch((e: unknown) =>
      setError(
        `Couldn't save your decision (${e instanceof Error ? e.message : String(e)}). Nothing was lost; try again.`,
      ),
    );
  };

  const open = events.filter((e) => e.status === 'proposed').length;
  const toMerge = events.filter((e) => picked.includes(e.id));

  const pick = (id: string, selected: boolean) =>
    setPicked((now) =>
      selected ? [...now.filter((p) => p !== id), id].slice(-2) : now.filter((p) => p !== id),
    );

  /** The two picked events become one (the first in reading order leads); both originals stay, rejected. */
  const merge = async () => {
    const [first, second] = toMerge;
    if (!first || !second) return;
    setError(null);
    try {
      const article = await getArticle(db, articleId);
      if (!article) throw new Error('the article is no longer stored');
      await mergeEvents(db, article, first.id, second.id);
      setPicked([]);
    } catch (e) {
      setError(
        `Couldn't merge the events (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
      );
    }
  };

  /**
   * Review with the keyboard alone: arrows (or j / k) move between cards, and a card's buttons
   * answer the keys they declare in aria-keyshortcuts (c confirm, r reject, u undo, e edit,
   * s show in page). Deciding moves on to the next card.
   */
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const card = target.closest<HTMLElement>('.event-card');
    if (!card || target.closest('form, input:not([type="checkbox"]), select, textarea')) return;
    const cards = [...e.currentTarget.querySelectorAll<HTMLElement>(':scope > .event-card')];
    const index = cards.indexOf(card);
    const focus = (to: number) => {
      const next = Math.max(0, Math.min(cards.length - 1, to));
      setCurrent(next);
      cards[next]?.focus();
    };
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      j: index + 1,
      ArrowUp: index - 1,
      k: index - 1,
      Home: 0,
      End: cards.length - 1,
    };
    if (e.key in moves) {
      focus(moves[e.key] as number);
    } else {
      const shortcut = e.key.toUpperCase();
      const button = card.querySelector<HTMLElement>(`[aria-keyshortcuts="${shortcut}"]`);
      if (!button) return;
      button.click();
      if (shortcut === 'C' || shortcut === 'R') focus(index + 1);
    }
    e.preventDefault();
  };
  return (
    <section className="events" aria-label="Proposed events">
      <h2>
        Events{' '}
        <span className="muted">
          ({events.length}, {open} to review)
        </span>
      </h2>
      {error && <p role="alert">{error}</p>}
      {events.length > 0 && (
        <p className="muted keys-hint">
          Keys: <kbd>↑</kbd> <kbd>↓</kbd> (or <kbd>j</kbd> <kbd>k</kbd>) move · <kbd>c</kbd> confirm ·{' '}
          <kbd>r</kbd> reject · <kbd>u</kbd> undo · <kbd>e</kbd> edit · <kbd>s</kbd> show in page ·{' '}
          <kbd>m</kbd> pick for merging
        </p>
      )}
      {toMerge.length === 2 && (
        <div className="actions merge-bar">
          <button type="button" onClick={() => void merge()}>
            Merge the 2 picked events
          </button>
          <button type="button" className="secondary" onClick={() => setPicked([])}>
            Cancel
          </button>
        </div>
      )}
      {events.length === 0 ? (
        <p className="muted">No events proposed for this article.</p>
      ) : (
        <ol className="event-list" onKeyDown={onKeyDown}>
          {events.map((event, i) => (
            <EventCard
              key={event.id}
              focusable={i === Math.min(current, events.length - 1)}
              selected={picked.includes(event.id)}
              onSelect={(selected) => pick(event.id, selected)}
              onFocus={() => setCurrent(i)}
              event={event}
              onStatus={(status) => decide(event, status)}
              onEdit={async (edit) => {
                await editEvent(db, event, edit);
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
