import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConflictEvent } from '@/lib/schema';
import {
  allEvents,
  BATCH_SIZE,
  batchEvents,
  ConflictReaderDatabase,
  deleteEvents,
  getEvent,
  putEvents,
  updateEvent,
} from '@/lib/storage';
import { ids, logEvent } from '../log/log-fixtures';

const NAME = 'event-batches-test';
afterEach(() => Dexie.delete(NAME));

const inArticle = (articleId: string, count: number, status: ConflictEvent['status'] = 'confirmed') =>
  Array.from({ length: count }, (_, i) =>
    logEvent(`${articleId}-${String(i).padStart(5, '0')}`, { articleId, status }),
  );

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const sorted = (events: readonly ConflictEvent[]) => [...events].sort(byId);

/** Each batch as [article, part, how many events, newest confirmed date]. */
const layout = async (db: ConflictReaderDatabase) =>
  (await db.eventBatches.toArray()).map((b) => [b.articleId, b.part, b.events.length, b.newest]);

describe('events stored in batches by article', () => {
  it('adds, replaces and finds events, one batch per article', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [a, b] = [logEvent('a', { status: 'confirmed' }), logEvent('b', { status: 'proposed' })];
    await putEvents(db, [a, b, logEvent('a2', { articleId: a.articleId, date: '2024-09-09' })]);
    expect(await layout(db)).toEqual([
      ['a-a', 0, 2, '2024-09-09'],
      ['a-b', 0, 1, ''],
    ]);
    const replaced = { ...b, status: 'confirmed' as const, notes: 'seen' };
    await putEvents(db, [replaced]);
    expect(await getEvent(db, b)).toEqual(replaced);
    expect(await layout(db)).toContainEqual(['a-b', 0, 1, b.date]);
    // An id is looked up in its own article only.
    expect(await getEvent(db, { id: 'a', articleId: 'a-b' })).toBeUndefined();
    db.close();
  });

  it('splits a big article into full batches, and an edit rewrites only its own batch', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const events = inArticle('a-big', BATCH_SIZE * 2 + 10);
    await putEvents(db, events.slice(0, BATCH_SIZE - 5));
    await putEvents(db, events.slice(BATCH_SIZE - 5));
    expect((await layout(db)).map(([, part, count]) => [part, count])).toEqual([
      [0, BATCH_SIZE],
      [1, BATCH_SIZE],
      [2, 10],
    ]);
    const target = events[BATCH_SIZE + 3] as ConflictEvent;
    const put = vi.spyOn(db.eventBatches, 'bulkPut');
    await updateEvent(db, target, (e) => ({ ...e, fatalities: 99 }));
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]?.[0].map((b) => b.part)).toEqual([1]);
    put.mockRestore();
    expect((await getEvent(db, target))?.fatalities).toBe(99);
    expect(sorted(await allEvents(db))).toEqual(
      sorted(events.map((e) => (e.id === target.id ? { ...e, fatalities: 99 } : e))),
    );
    db.close();
  });

  it('deletes events, drops emptied batches and ignores ids it does not hold', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [first, second] = [inArticle('a-1', 3), inArticle('a-2', 2)];
    await putEvents(db, [...first, ...second]);
    await deleteEvents(db, [...second, first[0] as ConflictEvent, { id: 'nope', articleId: 'a-3' }]);
    expect(ids(await allEvents(db))).toEqual(ids(first.slice(1)));
    expect(await layout(db)).toEqual([['a-1', 0, 2, (first[0] as ConflictEvent).date]]);
    db.close();
  });

  it('keeps each batch’s newest confirmed date as statuses and dates change', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [early, late] = [
      logEvent('early', { articleId: 'a', date: '2024-01-01', status: 'confirmed' }),
      logEvent('late', { articleId: 'a', date: '2024-05-01', status: 'proposed' }),
    ];
    await putEvents(db, [early, late]);
    expect(await layout(db)).toEqual([['a', 0, 2, '2024-01-01']]);
    await updateEvent(db, late, (e) => ({ ...e, status: 'confirmed' }));
    expect(await layout(db)).toEqual([['a', 0, 2, '2024-05-01']]);
    await updateEvent(db, early, (e) => ({ ...e, status: 'rejected' }));
    await updateEvent(db, late, (e) => ({ ...e, date: '2024-03-01' }));
    expect(await layout(db)).toEqual([['a', 0, 2, '2024-03-01']]);
    db.close();
  });

  it('refuses to update an event that is not there, writing nothing', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const event = logEvent('a');
    await putEvents(db, [event]);
    const put = vi.spyOn(db.eventBatches, 'bulkPut');
    await expect(updateEvent(db, { ...event, id: 'other' }, (e) => e)).rejects.toThrow(/no event other/);
    expect(put).not.toHaveBeenCalled();
    put.mockRestore();
    db.close();
  });

  it('batches a list of events the way the upgrade stores them', () => {
    const events = [...inArticle('x', BATCH_SIZE + 1), ...inArticle('y', 1, 'rejected')];
    expect(batchEvents(events).map((b) => [b.articleId, b.part, b.events.length, b.newest])).toEqual([
      ['x', 0, BATCH_SIZE, (events[0] as ConflictEvent).date],
      ['x', 1, 1, (events[0] as ConflictEvent).date],
      ['y', 0, 1, ''],
    ]);
  });

  it('holds exactly what a sequence of puts, updates and deletes leaves', async () => {
    const id = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5');
    const article = fc.constantFrom('a-1', 'a-2');
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id, article, fatalities: fc.nat(50) }),
      fc.record({ kind: fc.constant('delete' as const), id, article }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        const db = new ConflictReaderDatabase(NAME);
        const model = new Map<string, ConflictEvent>();
        const key = (o: { id: string; article: string }) => `${o.article}/${o.id}`;
        for (const op of operations) {
          if (op.kind === 'put') {
            const event = logEvent(op.id, { articleId: op.article, fatalities: op.fatalities });
            await putEvents(db, [event]);
            model.set(key(op), event);
          } else {
            await deleteEvents(db, [{ id: op.id, articleId: op.article }]);
            model.delete(key(op));
          }
        }
        const stored = await allEvents(db);
        expect(new Map(stored.map((e) => [key({ id: e.id, article: e.articleId }), e]))).toEqual(model);
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });
});
