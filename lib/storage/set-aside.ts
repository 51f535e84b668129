import type { ConflictEvent, SetAsideRecord } from '../schema';
import type { ConflictReaderDatabase } from './database';

/**
 * The events of a version 3 database that can be stored by article, and those that cannot (not
 * an object, no id, no article), each set aside with the reason. The convertible ones are kept
 * as they are: reads check each event and skip one they cannot show, without hiding the others.
 */
export function convertibleEvents(
  rows: readonly unknown[],
  now: Date,
): { events: ConflictEvent[]; setAside: SetAsideRecord[] } {
  const events: ConflictEvent[] = [];
  const setAside: SetAsideRecord[] = [];
  for (const row of rows) {
    const reason = unbatchableReason(row);
    if (reason === null) events.push(row as ConflictEvent);
    else setAside.push({ table: 'events', reason, record: row, setAsideAt: now.toISOString() });
  }
  return { events, setAside };
}

function unbatchableReason(row: unknown): string | null {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'it is not an event record';
  const { id, articleId } = row as { id?: unknown; articleId?: unknown };
  if (typeof id !== 'string' || !id) return 'it has no id';
  if (typeof articleId !== 'string' || !articleId) {
    return 'it names no article (articleId is missing), so it cannot be filed with its article';
  }
  return null;
}

/** How many records an upgrade set aside. */
export function countSetAside(db: ConflictReaderDatabase): Promise<number> {
  return db.setAside.count();
}

/** Every set-aside record, oldest first. */
export function listSetAside(db: ConflictReaderDatabase): Promise<SetAsideRecord[]> {
  return db.setAside.toArray();
}
