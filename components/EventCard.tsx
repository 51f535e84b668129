import { useEffect, useRef, useState } from 'react';
import type { ConflictEvent, EventStatus } from '@/lib/schema';
import type { EventEdit } from '@/lib/storage';
import { EventEditor } from './EventEditor';

const PRECISION = { 1: 'day', 2: 'week', 3: 'month' } as const;

function actorLabel(actor: ConflictEvent['actor1']): string {
  return actor ? actor.canonical : 'unknown';
}

/**
 * One proposed event: what the extractor read and the decision buttons. The sentence it was read
 * from is shown once above its group (see EventList).
 */
export function EventCard(props: {
  event: ConflictEvent;
  onStatus: (status: EventStatus) => void;
  onEdit: (edit: EventEdit) => Promise<void>;
  /** Show the evidence in the page; absent when the event has no quote to find it by. */
  onShow?: () => void;
  /** The event was confirmed earlier, but its sentence is no longer in the page. */
  missingFromPage?: boolean;
  /** The card the Tab key reaches in the list (one card at a time: arrows move between them). */
  focusable?: boolean;
  /** Take the focus as soon as shown (an event the user just made, or merged). */
  focusNow?: boolean;
  onFocus?: () => void;
  /** Picked to be merged with another event. */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  /**
   * The event's own quote, when it differs from the sentence its group shows (a merged event's
   * two sentences); the group's quote stands for the rest.
   */
  quote?: string;
  /** What came of the user's last action on this card, said beside its buttons ("Confirmed."). */
  message?: string | null;
}) {
  const { event } = props;
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLLIElement>(null);
  const wasEditing = useRef(false);
  // Back from the editor (saved or cancelled), the keyboard carries on from this card.
  useEffect(() => {
    if (wasEditing.current && !editing) card.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const { focusNow } = props;
  useEffect(() => {
    if (focusNow) card.current?.focus();
  }, [focusNow]);
  const where = event.location
    ? [event.location.name, event.location.admin1, event.location.country].filter(Boolean).join(', ')
    : 'no place found';
  return (
    <li
      ref={card}
      className={`event-card status-${event.status}`}
      tabIndex={props.focusable ? 0 : -1}
      onFocus={props.onFocus}
      data-event-id={event.id}
      data-confidence={event.confidence}
      aria-label={`${event.subEventType} at ${where}`}
    >
      <header className="event-head">
        {props.onSelect && (
          <input
            type="checkbox"
            aria-label="Select for merging"
            aria-keyshortcuts="M"
            checked={props.selected ?? false}
            onChange={(e) => props.onSelect?.(e.target.checked)}
          />
        )}
        <span className="event-type">{event.subEventType}</span>
        <span className="muted">{event.eventType}</span>
        <span className={`badge badge-${event.status}`}>{event.status}</span>
      </header>
      {editing ? (
        <EventEditor
          event={event}
          onSave={async (edit) => {
            await props.onEdit(edit);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="event-facts">
          <dt>When</dt>
          <dd>
            {event.date} <span className="muted">({PRECISION[event.timePrecision]})</span>
          </dd>
          <dt>Where</dt>
          <dd>{where}</dd>
          <dt>Who</dt>
          <dd>
            {actorLabel(event.actor1)} → {actorLabel(event.actor2)}
          </dd>
          <dt>Killed</dt>
          <dd>{event.fatalities ?? <span className="muted">not stated</span>}</dd>
          {event.notes && (
            <>
              <dt>Notes</dt>
              <dd>{event.notes}</dd>
            </>
          )}
        </dl>
      )}
      {props.quote && <blockquote className="evidence own-evidence">{props.quote}</blockquote>}
      {props.missingFromPage && (
        <p className="orphan" role="note">
          This sentence is no longer in the page: it was changed or removed since you confirmed the event. The
          quote above is the one you confirmed.
        </p>
      )}
      <div className="actions">
        {!editing && (
          <button type="button" className="link" aria-keyshortcuts="E" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {props.onShow && (
          <button type="button" className="link" aria-keyshortcuts="S" onClick={props.onShow}>
            Show in page
          </button>
        )}
        {event.status === 'proposed' ? (
          <>
            <button type="button" aria-keyshortcuts="C" onClick={() => props.onStatus('confirmed')}>
              Confirm
            </button>
            <button
              type="button"
              className="secondary"
              aria-keyshortcuts="R"
              onClick={() => props.onStatus('rejected')}
            >
              Reject
            </button>
          </>
        ) : (
          <button
            type="button"
            className="secondary"
            aria-keyshortcuts="U"
            onClick={() => props.onStatus('proposed')}
          >
            Undo
          </button>
        )}
        {/* Always present, so screen readers announce what is written into it. */}
        <span className="card-message" role="status">
          {props.message}
        </span>
      </div>
    </li>
  );
}
