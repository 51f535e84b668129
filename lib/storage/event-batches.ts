import Dexie from 'dexie';
import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from './database';

/**
 * Events are stored by article, up to this many per IndexedDB record. Browsers pay per record
 * (100,000 one-event records took 13–15 s to write in Chromium here, 2,000 batches of 50 took
 * 1.3 s), while an edit rewrites its whole batch: a real article fits in one batch, and only a
 * pseudo-article of a big ACLED import (one per source) needs several.
 */
export const BATCH_SIZE = 1_000;

/**
 * Up to BATCH_SIZE events of one article, stored as one record (see BATCH_SIZE for why).
 * Its key is [articleId, part]; `newest` is the latest date of its confirmed events, '' when none.
 */
export interface EventBatch {
  articleId: string;
  part: number;
  newest: string;
  events: ConflictEvent[];
}

/** Events grouped into batches by article, in the order given. */
export function batchEvents(events: readonly ConflictEvent[]): EventBatch[] {
  const batches: EventBatch[] = [];
  const last = new Map<string, EventBatch>();
  for (const event of events) {
    let batch = last.get(event.articleId);
    if (!batch || batch.events.length >= BATCH_SIZE) {
      batch = { articleId: event.articleId, part: batch ? batch.part + 1 : 0, newest: '', events: [] };
      last.set(event.articleId, batch);
      batches.push(batch);
    }
    batch.events.push(event);
  }
  for (const batch of batches) batch.newest = newestConfirmed(batch.events);
  return batches;
}

/** Which event: its id, and the article it hangs off (which says where it is stored). */
export type EventRef = Pick<ConflictEvent, 'id' | 'articleId'>;

/** The latest date among a batch's confirmed events, '' when none: the log reads newest first. */
function newestConfirmed(events: readonly ConflictEvent[]): string {
  let newest = '';
  for (const event of events) if (event.status === 'confirmed' && event.date > newest) newest = event.date;
  return newest;
}

/** The key range of all of an article's batches. */
function batchRange(articleId: string): [[string, typeof Dexie.minKey], [string, typeof Dexie.maxKey]] {
  return [
    [articleId, Dexie.minKey],
    [articleId, Dexie.maxKey],
  ];
}

/** The batches of these articles, all read in one query. */
export function batchesOf(db: ConflictReaderDatabase, articleIds: Iterable<string>): Promise<EventBatch[]> {
  const ranges = [...new Set(articleIds)].sort().map(batchRange);
  if (ranges.length === 0) return Promise.resolve([]);
  return db.eventBatches.where('[articleId+part]').inAnyRange(ranges).toArray();
}

/** Every stored event, in storage order. */
export async function allEvents(db: ConflictReaderDatabase): Promise<ConflictEvent[]> {
  return (await db.eventBatches.toArray()).flatMap((batch) => batch.events);
}

/** One event, or undefined when its article has no event with that id. */
export async function getEvent(
  db: ConflictReaderDatabase,
  ref: EventRef,
): Promise<ConflictEvent | undefined> {
  for (const batch of await batchesOf(db, [ref.articleId])) {
    const event = batch.events.find((e) => e.id === ref.id);
    if (event) return event;
  }
  return undefined;
}

/**
 * Rewrite one article's events in one transaction: `change` gets them all and returns the new list.
 * An event it returns unchanged (the same object) costs nothing; only batches with a changed,
 * removed or added event are written, new events fill the last batch and then new ones, and an
 * emptied batch is deleted.
 */
export function changeArticleEvents(
  db: ConflictReaderDatabase,
  articleId: string,
  change: (events: ConflictEvent[]) => ConflictEvent[],
): Promise<void> {
  return changeEachArticle(db, [{ articleId }], change);
}

/** Change one event in place; throws, writing nothing, when its article has no event with that id. */
export async function updateEvent(
  db: ConflictReaderDatabase,
  ref: EventRef,
  update: (event: ConflictEvent) => ConflictEvent,
): Promise<ConflictEvent> {
  let updated: ConflictEvent | undefined;
  await changeArticleEvents(db, ref.articleId, (events) =>
    events.map((event) => (event.id === ref.id ? (updated = update(event)) : event)),
  );
  if (!updated) throw new Error(`no event ${ref.id}`);
  return updated;
}

/**
 * Store events, replacing those with the same id in their article and adding the others, in one
 * transaction over all their articles.
 */
export function putEvents(db: ConflictReaderDatabase, events: readonly ConflictEvent[]): Promise<void> {
  return changeEachArticle(db, events, (stored, incoming) => {
    const replacing = new Map(incoming.map((e) => [e.id, e]));
    const kept = stored.map((e) => replacing.get(e.id) ?? e);
    const keptIds = new Set(kept.map((e) => e.id));
    return [...kept, ...incoming.filter((e) => !keptIds.has(e.id))];
  });
}

/** Remove events, in one transaction; ids their article does not hold are ignored. */
export function deleteEvents(db: ConflictReaderDatabase, refs: readonly EventRef[]): Promise<void> {
  return changeEachArticle(db, refs, (stored, doomed) => {
    const ids = new Set(doomed.map((r) => r.id));
    return stored.filter((e) => !ids.has(e.id));
  });
}

/**
 * Rewrite the events of each article `items` name, in one transaction: `change` gets the article's
 * stored events and its items, and returns the article's new list (see changeArticleEvents).
 */
function changeEachArticle<T extends { articleId: string }>(
  db: ConflictReaderDatabase,
  items: Iterable<T>,
  change: (stored: ConflictEvent[], items: T[]) => ConflictEvent[],
): Promise<void> {
  const byArticle = groupByArticle(items);
  return db.transaction('rw', db.eventBatches, async () => {
    const stored = groupByArticle(await batchesOf(db, byArticle.keys()));
    const changes = [...byArticle].map(([articleId, mine]) => {
      const batches = stored.get(articleId) ?? [];
      return rebatched(
        batches,
        articleId,
        change(
          batches.flatMap((b) => b.events),
          mine,
        ),
      );
    });
    await writeBatches(db, changes);
  });
}

/** What to write and delete so that an article's batches hold `next`. */
interface Rebatched {
  written: EventBatch[];
  emptied: [string, number][];
}

/**
 * How an article's batches change to hold `next` (see changeArticleEvents): events keep their
 * batch, new ones fill the last batch and then new ones, and only changed batches are written.
 */
function rebatched(
  batches: readonly EventBatch[],
  articleId: string,
  next: readonly ConflictEvent[],
): Rebatched {
  const nextById = new Map(next.map((e) => [e.id, e]));
  const placed = new Set<string>();
  const kept: { batch: EventBatch; changed: boolean }[] = [];
  const emptied: [string, number][] = [];
  for (const batch of batches) {
    const events = batch.events.flatMap((e) => {
      const now = nextById.get(e.id);
      if (!now) return [];
      placed.add(e.id);
      return [now];
    });
    if (events.length === 0) emptied.push([articleId, batch.part]);
    else {
      const changed = events.length !== batch.events.length || events.some((e, i) => e !== batch.events[i]);
      kept.push({ batch: { ...batch, events }, changed });
    }
  }
  let part = Math.max(-1, ...batches.map((b) => b.part));
  let tail = kept.at(-1);
  for (const event of next) {
    if (placed.has(event.id)) continue;
    if (!tail || tail.batch.events.length >= BATCH_SIZE) {
      tail = { batch: { articleId, part: ++part, newest: '', events: [] }, changed: true };
      kept.push(tail);
    }
    tail.batch.events.push(event);
    tail.changed = true;
  }
  const written = kept
    .filter((k) => k.changed)
    .map(({ batch }) => ({ ...batch, newest: newestConfirmed(batch.events) }));
  return { written, emptied };
}

/** Apply several articles' changes with one delete and one write. */
async function writeBatches(db: ConflictReaderDatabase, changes: readonly Rebatched[]): Promise<void> {
  const emptied = changes.flatMap((c) => c.emptied);
  const written = changes.flatMap((c) => c.written);
  if (emptied.length > 0) await db.eventBatches.bulkDelete(emptied);
  if (written.length > 0) await db.eventBatches.bulkPut(written);
}

function groupByArticle<T extends { articleId: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.articleId);
    if (group) group.push(item);
    else groups.set(item.articleId, [item]);
  }
  return groups;
}
