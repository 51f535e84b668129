import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { splitActorName } from '@/lib/log/actor-name';
import { textFragmentUrl } from '@/lib/log/text-fragment';
import { WebLink } from './WebLink';
import type { SortKey, SortState } from '@/lib/log/event-filter';
import type { ConflictEvent } from '@/lib/schema';

const ROW_HEIGHT = 34;
/** A first guess at a row with its editor open; the real height is measured once it renders. */
const EDITING_ROW_HEIGHT = 480;
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type' },
  { key: 'actor1', label: 'Actor 1' },
  { key: 'actor2', label: 'Actor 2' },
  { key: 'place', label: 'Place' },
  { key: 'country', label: 'Country' },
  { key: 'fatalities', label: 'Killed' },
  { key: 'source', label: 'Source' },
];

/**
 * The log's events as a table that renders only the rows in view (100,000 rows scroll as
 * smoothly as 100). Column headers sort; each row can be picked for bulk actions, edited in
 * place (the editor opens under its row), or opened in its source page at the evidence sentence.
 */
export function EventTable(props: {
  events: readonly ConflictEvent[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  picked: ReadonlySet<string>;
  onPick: (ids: readonly string[], picked: boolean) => void;
  /** The event whose editor is open under its row, if any. */
  editingId: string | null;
  onEdit: (event: ConflictEvent) => void;
  /** The editor for the event being edited. */
  editor: (event: ConflictEvent) => ReactNode;
}) {
  const { events, sort, picked, editingId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const editingIndex = useMemo(
    () => (editingId === null ? -1 : events.findIndex((e) => e.id === editingId)),
    [events, editingId],
  );
  // The row being edited stays rendered when it scrolls out of view, so no typing is lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return editingIndex < 0 || indexes.includes(editingIndex)
        ? indexes
        : [...indexes, editingIndex].sort((a, b) => a - b);
    },
    [editingIndex],
  );
  // Stable between renders: a new getItemKey makes the virtualizer lay out all 100,000 rows again.
  const getItemKey = useCallback((index: number) => (events[index] as ConflictEvent).id, [events]);
  const estimateSize = useCallback(
    (index: number) => (index === editingIndex ? EDITING_ROW_HEIGHT : ROW_HEIGHT),
    [editingIndex],
  );
  // TanStack Virtual returns fresh functions each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 12,
  });
  // Focus moves into the editor when it opens, and back to the row's Edit button when it closes.
  const lastEdited = useRef<string | null>(null);
  useEffect(() => {
    const root = scroller.current;
    if (editingId !== null) {
      lastEdited.current = editingId;
      root
        ?.querySelector<HTMLElement>('.row-editor')
        ?.querySelector<HTMLElement>('input, select, textarea, button')
        ?.focus();
    } else if (lastEdited.current !== null) {
      root
        ?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(lastEdited.current)}"] .edit-button`)
        ?.focus();
      lastEdited.current = null;
    }
  }, [editingId]);
  const allPicked = events.length > 0 && events.every((e) => picked.has(e.id));

  return (
    <div className="event-table" role="table" aria-label="Events" aria-rowcount={events.length + 1}>
      <div className="event-row head" role="row" aria-rowindex={1}>
        <span role="columnheader">
          <input
            type="checkbox"
            aria-label="Pick all shown events"
            checked={allPicked}
            onChange={(e) =>
              props.onPick(
                events.map((ev) => ev.id),
                e.target.checked,
              )
            }
          />
        </span>
        {COLUMNS.map((column) => (
          <span
            key={column.key}
            role="columnheader"
            aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
          >
            <button type="button" className="link" onClick={() => props.onSort(column.key)}>
              {column.label}
              {sort.key === column.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
            </button>
          </span>
        ))}
        <span role="columnheader">
          <span className="visually-hidden">Actions</span>
        </span>
      </div>
      <div ref={scroller} className="event-rows" role="rowgroup">
        <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {rows.getVirtualItems().map((row) => {
            const event = events[row.index] as ConflictEvent;
            const editing = row.index === editingIndex;
            return (
              <div
                key={event.id}
                ref={rows.measureElement}
                data-index={row.index}
                className="event-slot"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <div
                  className={`event-row status-${event.status}`}
                  role="row"
                  aria-rowindex={row.index + 2}
                  data-event-id={event.id}
                  style={{ height: ROW_HEIGHT }}
                >
                  <span role="cell">
                    <input
                      type="checkbox"
                      aria-label={`Pick the event of ${event.date} at ${event.location?.name ?? 'an unknown place'}`}
                      checked={picked.has(event.id)}
                      onChange={(e) => props.onPick([event.id], e.target.checked)}
                    />
                  </span>
                  <span role="cell">{event.date}</span>
                  <span role="cell" title={event.eventType}>
                    {event.subEventType}
                  </span>
                  <ActorCell name={event.actor1?.canonical ?? ''} />
                  <ActorCell name={event.actor2?.canonical ?? ''} />
                  <span role="cell">{event.location?.name ?? ''}</span>
                  <span role="cell">{event.location?.country ?? ''}</span>
                  <span role="cell" className="number">
                    {event.fatalities ?? ''}
                  </span>
                  <span role="cell">
                    <WebLink
                      url={event.sourceUrl}
                      href={textFragmentUrl(event.sourceUrl, event.evidence.text)}
                      title="Open the source at the evidence sentence"
                    >
                      {event.source}
                    </WebLink>
                  </span>
                  <span role="cell">
                    <button
                      type="button"
                      className="link edit-button"
                      aria-expanded={editing}
                      disabled={editing}
                      onClick={() => props.onEdit(event)}
                    >
                      Edit
                    </button>
                  </span>
                </div>
                {editing && (
                  // A row of one cell across the table: a rowgroup may only hold rows.
                  <div role="row">
                    <div role="cell" aria-colspan={COLUMNS.length + 2}>
                      <div className="row-editor" role="region" aria-label="Edit the event">
                        {props.editor(event)}
                      </div>
                    </div>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * An actor's name in its cell: when the column is too narrow, the start of the name is shortened
 * (ending in “…”) and its final period, which tells the actor's versions apart, stays whole; the
 * full name is in the tooltip.
 */
function ActorCell({ name }: { name: string }) {
  const { head, tail } = splitActorName(name);
  return (
    <span role="cell" className="actor-cell" title={name || undefined}>
      <span className="actor-head">{head}</span>
      {tail && <span className="actor-tail">{tail}</span>}
    </span>
  );
}
