import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '@/lib/error-message';
import { eventsInOrder, reviewOrder, type EvidenceGroup } from '@/lib/review/group-proposals';
import type { ConflictEvent, EventStatus } from '@/lib/schema';
import {
  editEvent,
  eventsOfArticle,
  getArticle,
  mergeEvents,
  setEventStatus,
  type ConflictReaderDatabase,
} from '@/lib/storage';
import { Disclosure } from './Disclosure';
import { EventCard } from './EventCard';

/** A request to bring an event into view and focus it; a new object for each request. */
export interface RevealRequest {
  eventId: string;
}

/** What a decision says beside the card's buttons. */
const DECIDED: Record<EventStatus, string> = {
  confirmed: 'Confirmed.',
  rejected: 'Rejected.',
  proposed: 'Back to review.',
};

/**
 * The article's proposed events, live from the database, for review: grouped under the sentence
 * they were read from, the likeliest first, the least likely folded away; deciding on one is a
 * single click (or key), and what came of it is said on the card.
 */
export function EventList({
  db,
  articleId,
  onShow,
  missingFromPage,
  reveal = null,
}: {
  db: ConflictReaderDatabase;
  articleId: string;
  /** Show an event's evidence in the page; false when the page no longer has it. */
  onShow: (event: ConflictEvent) => Promise<boolean>;
  /** Ids of confirmed events whose sentence the page no longer has. */
  missingFromPage: ReadonlySet<string>;
  /** An event to focus as soon as it is listed (one the user just made), opening the fold if need be. */
  reveal?: RevealRequest | null;
}) {
  const events = useLiveQuery(() => eventsOfArticle(db, articleId), [db, articleId]);
  const order = useMemo(() => (events ? reviewOrder(events) : null), [events]);
  const [message, setMessage] = useState<{ eventId: string; text: string } | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  /** Events picked for merging, in the order picked (at most two). */
  const [picked, setPicked] = useState<string[]>([]);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [foldOpen, setFoldOpen] = useState(false);
  // The event to focus once listed: the merged one, or the caller's `reveal` until it is done.
  const [ownRequest, setOwnRequest] = useState<RevealRequest | null>(null);
  const [doneReveal, setDoneReveal] = useState<RevealRequest | null>(null);
  if (events === undefined || order === null) return <p className="muted">Loading events…</p>;

  const pending = ownRequest ?? (reveal !== doneReveal ? reveal : null);
  const likely = eventsInOrder(order.likely);
  const lessLikely = eventsInOrder(order.lessLikely);
  const pendingInFold = pending !== null && lessLikely.some((e) => e.id === pending.eventId);
  const foldShown = foldOpen || pendingInFold;
  const listed = foldShown ? [...likely, ...lessLikely] : likely;
  const focusId = listed.some((e) => e.id === currentId) ? currentId : (listed[0]?.id ?? null);

  const say = (eventId: string, text: string) => setMessage({ eventId, text });

  const decide = (event: ConflictEvent, status: EventStatus) => {
    setMessage(null);
    setEventStatus(db, event, status).then(
      () => say(event.id, DECIDED[status]),
      (e: unknown) =>
        say(event.id, `Couldn't save your decision (${errorMessage(e)}). Nothing was lost; try again.`),
    );
  };

  const show = async (event: ConflictEvent) => {
    setMessage(null);
    const found = await onShow(event).catch(() => false);
    say(
      event.id,
      found
        ? 'Shown in the page.'
        : 'That sentence is no longer in the page (it may have changed or been reloaded).',
    );
  };

  /** A card got the focus (by the keyboard, a click, or a reveal): it is the one Tab comes back to. */
  const focused = (event: ConflictEvent) => {
    setCurrentId(event.id);
    if (pending?.eventId !== event.id) return;
    if (pendingInFold) setFoldOpen(true);
    setOwnRequest(null);
    setDoneReveal(reveal);
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
    setMergeError(null);
    try {
      const article = await getArticle(db, articleId);
      if (!article) throw new Error('the article is no longer stored');
      const merged = await mergeEvents(db, article, first.id, second.id);
      setPicked([]);
      say(merged.id, 'Merged from the two events you picked (they are kept, rejected).');
      setOwnRequest({ eventId: merged.id });
    } catch (e) {
      setMergeError(`Couldn't merge the events (${errorMessage(e)}). Nothing was changed.`);
    }
  };

  /**
   * Review with the keyboard alone: arrows (or j / k) move between cards in the order listed,
   * into the folded proposals only while they are shown, and a card's buttons answer the keys
   * they declare in aria-keyshortcuts (c confirm, r reject, u undo, e edit, s show in page, m pick
   * for merging). Deciding moves on to the next card.
   */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const card = target.closest<HTMLElement>('.event-card');
    if (!card || target.closest('form, input:not([type="checkbox"]), select, textarea')) return;
    // Folded cards are not rendered, so every card here is one the user can see.
    const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('.event-card')];
    const index = cards.indexOf(card);
    const focus = (to: number) => cards[Math.max(0, Math.min(cards.length - 1, to))]?.focus();
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

  const card = (group: EvidenceGroup, event: ConflictEvent) => (
    <EventCard
      key={event.id}
      event={event}
      quote={event.evidence.text !== group.evidence.text ? event.evidence.text : undefined}
      focusable={event.id === focusId}
      focusNow={event.id === pending?.eventId}
      onFocus={() => focused(event)}
      selected={picked.includes(event.id)}
      onSelect={(selected) => pick(event.id, selected)}
      onStatus={(status) => decide(event, status)}
      onEdit={async (edit) => {
        await editEvent(db, event, edit);
      }}
      onShow={event.evidence.selector && !missingFromPage.has(event.id) ? () => void show(event) : undefined}
      missingFromPage={missingFromPage.has(event.id)}
      message={message?.eventId === event.id ? message.text : null}
    />
  );
  const groupList = (groups: readonly EvidenceGroup[]) => (
    <ol className="evidence-groups">
      {groups.map((group) => (
        <li key={group.key} className="evidence-group">
          <blockquote className="evidence">{group.evidence.text}</blockquote>
          <ol className="event-list">{group.events.map((event) => card(group, event))}</ol>
        </li>
      ))}
    </ol>
  );
  const sentences = order.likely.length + order.lessLikely.length;

  return (
    <section className="events" aria-label="Proposed events">
      <h2>
        Events{' '}
        <span className="muted">
          ({events.length} from {sentences} {sentences === 1 ? 'sentence' : 'sentences'}, {open} to review)
        </span>
      </h2>
      {events.length > 0 && (
        <p className="muted keys-hint">
          Keys: <kbd>↑</kbd> <kbd>↓</kbd> (or <kbd>j</kbd> <kbd>k</kbd>) move · <kbd>c</kbd> confirm ·{' '}
          <kbd>r</kbd> reject · <kbd>u</kbd> undo · <kbd>e</kbd> edit · <kbd>s</kbd> show in page ·{' '}
          <kbd>m</kbd> pick for merging
        </p>
      )}
      {events.length === 0 ? (
        <p className="muted">No events proposed for this article.</p>
      ) : (
        <div className="review" onKeyDown={onKeyDown}>
          {groupList(order.likely)}
          {lessLikely.length > 0 && (
            <Disclosure
              className="less-likely"
              label={`${lessLikely.length} less likely ${lessLikely.length === 1 ? 'proposal' : 'proposals'}`}
              open={foldShown}
              onToggle={setFoldOpen}
            >
              <p className="muted">
                These rest on little: no first actor was found for them, and their place comes from an earlier
                sentence. Check them against the article.
              </p>
              {groupList(order.lessLikely)}
            </Disclosure>
          )}
        </div>
      )}
      {(toMerge.length === 2 || mergeError) && (
        // Kept in sight at the panel's foot while two events are picked, wherever they are listed.
        <div className="actions merge-bar">
          {toMerge.length === 2 && (
            <>
              <button type="button" onClick={() => void merge()}>
                Merge the 2 picked events
              </button>
              <button type="button" className="secondary" onClick={() => setPicked([])}>
                Cancel
              </button>
            </>
          )}
          {mergeError && <p role="alert">{mergeError}</p>}
        </div>
      )}
    </section>
  );
}
