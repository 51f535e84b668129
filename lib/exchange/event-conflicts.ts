import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from '../storage/database';
import { allEvents } from '../storage/event-batches';

/** One field that differs between the log's event and the file's, both shown as short text. */
export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

/** An event of the file whose id the log already holds with other content. */
export interface EventConflict {
  id: string;
  /** Which event, for the user: its date, type and place (the log's version). */
  label: string;
  differences: FieldDifference[];
}

/** Shown values are cut here: the comparison is for choosing, the full text stays in the records. */
const SHOWN_CHARS = 200;

/**
 * The file's events that the log holds under the same id but with other content, field by field.
 * One whose fields all match (bar `updatedAt`) is simply already in the log.
 */
export async function findEventConflicts(
  db: ConflictReaderDatabase,
  events: readonly ConflictEvent[],
): Promise<EventConflict[]> {
  const incoming = new Map(events.map((e) => [e.id, e]));
  const conflicts: EventConflict[] = [];
  for (const mine of await allEvents(db)) {
    const theirs = incoming.get(mine.id);
    if (!theirs) continue;
    const differences = eventDifferences(mine, theirs);
    if (differences.length) conflicts.push({ id: mine.id, label: eventLabel(mine), differences });
  }
  return conflicts;
}

/** The fields whose values differ, in the order the log's event lists them; none when only `updatedAt` does. */
export function eventDifferences(mine: ConflictEvent, theirs: ConflictEvent): FieldDifference[] {
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])] as (keyof ConflictEvent)[];
  const differing = fields.filter((f) => JSON.stringify(mine[f]) !== JSON.stringify(theirs[f]));
  if (differing.every((f) => f === 'updatedAt')) return [];
  return differing.map((field) => ({
    field,
    mine: shown(field, mine[field]),
    theirs: shown(field, theirs[field]),
  }));
}

function eventLabel(event: ConflictEvent): string {
  return [event.date, event.subEventType, event.location?.name].filter(Boolean).join(' · ');
}

function shown(field: keyof ConflictEvent, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  let text: string;
  if (field === 'actor1' || field === 'actor2') text = (value as { canonical: string }).canonical;
  else if (field === 'location') {
    const { name, country } = value as { name: string; country: string | null };
    text = country ? `${name} (${country})` : name;
  } else if (field === 'evidence') text = `“${(value as { text: string }).text}”`;
  else if (field === 'exportId') {
    const { prefix, number } = value as { prefix: string; number: number };
    text = `${prefix}${number}`;
  } else text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
