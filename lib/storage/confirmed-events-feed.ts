import Dexie, { cmp, RangeSet, type ObservabilitySet } from 'dexie';
import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from './database';
import { batchesOf, type EventBatch } from './event-batches';

/** Above this many changed articles, reading the whole log again is cheaper than reading each. */
const MAX_PATCHED = 500;

/** What a change notice says about the events: whose articles' events changed, or that any may have. */
export type EventChanges = { articleIds: string[] } | 'everything';

/**
 * The articles whose events a Dexie change notice names (the keys of the event batches written or
 * deleted), or 'everything' when it names a range of keys (a clear, a deleted range) or very
 * many. Null when no event changed.
 */
export function changedEvents(parts: ObservabilitySet, databaseName: string): EventChanges | null {
  const prefix = `idb://${databaseName}/eventBatches/`;
  const articleIds = new Set<string>();
  // '' lists the primary keys ([articleId, part]) of written records, ':dels' those of deleted ones.
  for (const tree of [parts[prefix], parts[`${prefix}:dels`]]) {
    if (!tree || tree.d === 0) continue;
    for (const node of RangeSet(tree)) {
      const [from, to] = [node.from, node.to];
      if (!isBatchKey(from) || !isBatchKey(to) || cmp(from, to) !== 0) return 'everything';
      articleIds.add(from[0]);
      if (articleIds.size > MAX_PATCHED) return 'everything';
    }
  }
  return articleIds.size ? { articleIds: [...articleIds] } : null;
}

const isBatchKey = (key: unknown): key is [string, number] =>
  Array.isArray(key) && key.length === 2 && typeof key[0] === 'string';

const confirmedOf = (batch: EventBatch) => batch.events.filter((e) => e.status === 'confirmed');

/** The log's order: newest date first, then by id, descending. */
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
 * editing one event of 100,000 reads that event's article again, not the whole log. Returns a function
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

  // Batches in the order of their newest confirmed date: the first rows come from the first few.
  const readFirst = async () => {
    const found: ConflictEvent[] = [];
    let allConfirmed = true;
    await db.eventBatches
      .orderBy('newest')
      .reverse()
      .until((batch) => {
        // Batches with no confirmed event come last.
        if (batch.newest === '') return true;
        // Later batches hold nothing newer than this one's `newest`: with enough events newer
        // than that, the newest `firstEvents` are all in hand.
        if (found.filter((e) => e.date > batch.newest).length < firstEvents) return false;
        allConfirmed = false;
        return true;
      })
      .each((batch) => found.push(...confirmedOf(batch)));
    found.sort(newestFirst);
    complete = allConfirmed;
    events = complete ? found : found.slice(0, firstEvents);
    return true;
  };
  const readAll = async () => {
    events = (await db.eventBatches.toArray()).flatMap(confirmedOf).sort(newestFirst);
    complete = true;
    return true;
  };
  const patch = async (articleIds: readonly string[]) => {
    const changed = new Set(articleIds);
    const before = new Map<string, ConflictEvent>();
    const kept: ConflictEvent[] = [];
    for (const e of events) {
      if (changed.has(e.articleId)) before.set(e.id, e);
      else kept.push(e);
    }
    // An article's events are read again together; those that did not change stay the same
    // objects, so what is worked out per event (search texts, map markers) is not redone.
    const fresh = (await batchesOf(db, changed))
      .flatMap(confirmedOf)
      .map((e) => unchanged(before.get(e.id), e) ?? e)
      .sort(newestFirst);
    events = mergeSorted(kept, fresh);
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
    if (changes) queue(changes === 'everything' ? readAll : () => patch(changes.articleIds));
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

/** The event read before, when the one just read says the same. */
function unchanged(before: ConflictEvent | undefined, now: ConflictEvent): ConflictEvent | undefined {
  return before && JSON.stringify(before) === JSON.stringify(now) ? before : undefined;
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
