import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from './database';

/** Above this many changed events, reading the whole log again is cheaper than reading each. */
const MAX_PATCHED = 5_000;

/** What a change notice says about the events: which ones changed, or that any may have. */
export type EventChanges = { ids: string[] } | 'everything';

/**
 * The events a Dexie change notice names: the keys written or deleted in the events table, or
 * 'everything' when it names a range of keys (a clear, a deleted range) or very many. Null when
 * no event changed.
 */
export function changedEvents(parts: ObservabilitySet, databaseName: string): EventChanges | null {
  const prefix = `idb://${databaseName}/events/`;
  const ids = new Set<string>();
  // '' lists the primary keys of written records, ':dels' those of deleted ones.
  for (const tree of [parts[prefix], parts[`${prefix}:dels`]]) {
    if (!tree || tree.d === 0) continue;
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || node.from !== node.to) return 'everything';
      ids.add(node.from);
      if (ids.size > MAX_PATCHED) return 'everything';
    }
  }
  return ids.size ? { ids: [...ids] } : null;
}

/** The log's order: newest date first, then as the [status+date] index lists them, reversed. */
const newestFirst = (a: ConflictEvent, b: ConflictEvent) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

export interface ConfirmedEventsListener {
  /** The events so far: `complete` is false while only the newest ones have been read. */
  onEvents(events: readonly ConflictEvent[], complete: boolean): void;
  onError(error: unknown): void;
}

/** Events read first, so a big log shows its newest rows at once while the rest loads. */
export const FIRST_EVENTS = 100;

/**
 * The confirmed events, newest first, kept up to date: the newest few, then all of them, then
 * patched from Dexie's change notices (this page's writes and other extension pages'), so
 * editing one event of 100,000 reads that one event again, not the whole log. Returns a function
 * that stops it.
 */
export function watchConfirmedEvents(
  db: ConflictReaderDatabase,
  listener: ConfirmedEventsListener,
  firstEvents = FIRST_EVENTS,
): () => void {
  let stopped = false;
  let events: ConflictEvent[] = [];
  let complete = false;
  let work: Promise<void> = Promise.resolve();

  const confirmedNewestFirst = () =>
    db.events
      .where('[status+date]')
      .between(['confirmed', Dexie.minKey], ['confirmed', Dexie.maxKey])
      .reverse();
  const readFirst = async () => {
    events = await confirmedNewestFirst().limit(firstEvents).toArray();
    complete = events.length < firstEvents;
    return true;
  };
  const readAll = async () => {
    events = await confirmedNewestFirst().toArray();
    complete = true;
    return true;
  };
  const patch = async (ids: readonly string[]) => {
    const changed = new Set(ids);
    const fresh = (await db.events.bulkGet([...changed]))
      .filter((e): e is ConflictEvent => e?.status === 'confirmed')
      .sort(newestFirst);
    events = mergeSorted(
      events.filter((e) => !changed.has(e.id)),
      fresh,
    );
    return true;
  };
  // One change at a time, in the order the notices came: each starts from the last one's list.
  // A task that changed nothing returns false, and the listener is not told.
  const queue = (task: () => Promise<boolean>) => {
    work = work
      .then(async () => {
        if (stopped) return;
        const changed = await task();
        if (!stopped && changed) listener.onEvents(events, complete);
      })
      .catch((error: unknown) => {
        if (!stopped) listener.onError(error);
      });
  };
  const onChange = (parts: ObservabilitySet) => {
    const changes = changedEvents(parts, db.name);
    if (changes) queue(changes === 'everything' ? readAll : () => patch(changes.ids));
  };

  // Listening before the first read: a change during it is applied after it.
  Dexie.on('storagemutated', onChange);
  queue(readFirst);
  // Queued after the first rows, so that small read is not waiting behind the big one.
  queue(async () => {
    if (complete) return false;
    return readAll();
  });
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(onChange);
  };
}

/** Two lists in the log's order, merged into one. */
function mergeSorted(a: readonly ConflictEvent[], b: readonly ConflictEvent[]): ConflictEvent[] {
  if (b.length === 0) return [...a];
  const merged: ConflictEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as ConflictEvent, b[j] as ConflictEvent];
    if (newestFirst(x, y) <= 0) {
      merged.push(x);
      i++;
    } else {
      merged.push(y);
      j++;
    }
  }
  while (i < a.length) merged.push(a[i++] as ConflictEvent);
  while (j < b.length) merged.push(b[j++] as ConflictEvent);
  return merged;
}
