import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictEvent } from '@/lib/schema';
import {
  changedEvents,
  ConflictReaderDatabase,
  deleteEvents,
  editEvent,
  putEvents,
  setEventStatus,
  watchConfirmedEvents,
} from '@/lib/storage';
import { ids, logEvent, seededRandom } from '../log/log-fixtures';

const NAME = 'confirmed-events-feed-test';
afterEach(() => Dexie.delete(NAME));

const confirmed = (id: string, date: string, changes: Partial<ConflictEvent> = {}) =>
  logEvent(id, { date, status: 'confirmed', ...changes });

/** The feed's lists as they come, and a way to wait for the next one. */
function listen(db: ConflictReaderDatabase, firstEvents?: number) {
  const lists: (readonly ConflictEvent[])[] = [];
  const completes: boolean[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const stop = watchConfirmedEvents(
    db,
    {
      onEvents: (events, complete) => {
        lists.push(events);
        completes.push(complete);
        wake?.();
      },
      onError: (error) => errors.push(error),
    },
    firstEvents,
  );
  const next = async (count: number) => {
    while (lists.length < count) await new Promise<void>((resolve) => (wake = resolve));
    return lists[count - 1] as readonly ConflictEvent[];
  };
  return { lists, completes, errors, next, stop };
}

/** The change notices Dexie gives for what `act` writes. */
async function noticesOf(act: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const notices: ObservabilitySet[] = [];
  const record = (parts: ObservabilitySet) => notices.push(parts);
  Dexie.on('storagemutated', record);
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    Dexie.on('storagemutated').unsubscribe(record);
  }
  return notices;
}

describe('which events a change notice names', () => {
  it('names the articles whose events were written or deleted, and everything for a cleared table', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [a, b] = [confirmed('a', '2024-01-01'), confirmed('b', '2024-01-02')];
    await putEvents(db, [a, b]);
    const [put] = await noticesOf(() => putEvents(db, [{ ...a, date: '2024-01-03' }]));
    expect(changedEvents(put as ObservabilitySet, NAME)).toEqual({ articleIds: ['a-a'] });
    const [deleted] = await noticesOf(() => deleteEvents(db, [a, b]));
    expect(changedEvents(deleted as ObservabilitySet, NAME)).toEqual({ articleIds: ['a-a', 'a-b'] });
    const [cleared] = await noticesOf(() => db.eventBatches.clear());
    expect(changedEvents(cleared as ObservabilitySet, NAME)).toBe('everything');
    const [settings] = await noticesOf(() => db.corrections.clear());
    expect(changedEvents(settings as ObservabilitySet, NAME)).toBeNull();
    db.close();
  });
});

describe('the confirmed events, kept up to date', () => {
  it('lists the confirmed events newest first, and follows edits, confirmations, rejections and deletions', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [old, recent, mid, proposal] = [
      confirmed('old', '2024-01-01'),
      confirmed('new', '2024-03-01'),
      confirmed('mid', '2024-02-01'),
      logEvent('proposal', { date: '2024-02-15', status: 'proposed' }),
    ];
    await putEvents(db, [old, recent, mid, proposal]);
    const feed = listen(db);
    expect(ids(await feed.next(1))).toEqual(['new', 'mid', 'old']);

    await editEvent(db, old, { fatalities: 12, date: '2024-04-01' });
    const edited = await feed.next(2);
    expect(ids(edited)).toEqual(['old', 'new', 'mid']);
    expect(edited[0]?.fatalities).toBe(12);

    await setEventStatus(db, proposal, 'confirmed');
    expect(ids(await feed.next(3))).toEqual(['old', 'new', 'proposal', 'mid']);
    await setEventStatus(db, recent, 'rejected');
    expect(ids(await feed.next(4))).toEqual(['old', 'proposal', 'mid']);
    await deleteEvents(db, [old, mid]);
    expect(ids(await feed.next(5))).toEqual(['proposal']);
    // Undo puts them back in their places.
    await putEvents(db, [confirmed('old', '2024-04-01'), mid]);
    expect(ids(await feed.next(6))).toEqual(['old', 'proposal', 'mid']);
    expect(feed.errors).toEqual([]);
    feed.stop();
    db.close();
  });

  it('gives the newest events first, then the whole log; a small log comes whole at once', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, [
      confirmed('old', '2024-01-01'),
      confirmed('new', '2024-03-01'),
      confirmed('mid', '2024-02-01'),
    ]);
    const big = listen(db, 2);
    expect(ids(await big.next(1))).toEqual(['new', 'mid']);
    expect(ids(await big.next(2))).toEqual(['new', 'mid', 'old']);
    expect(big.completes).toEqual([false, true]);
    big.stop();
    const small = listen(db, 5);
    expect(ids(await small.next(1))).toEqual(['new', 'mid', 'old']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(small.completes).toEqual([true]);
    small.stop();
    db.close();
  });

  it('keeps the objects of events that did not change when their article is read again', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [a, b, other] = [
      confirmed('a', '2024-01-01', { articleId: 'shared' }),
      confirmed('b', '2024-01-02', { articleId: 'shared' }),
      confirmed('other', '2024-01-03'),
    ];
    await putEvents(db, [a, b, other]);
    const feed = listen(db);
    const first = await feed.next(1);
    await editEvent(db, a, { fatalities: 4 });
    const second = await feed.next(2);
    const byId = (list: readonly ConflictEvent[], id: string) => list.find((e) => e.id === id);
    expect(byId(second, 'a')?.fatalities).toBe(4);
    expect(byId(second, 'a')).not.toBe(byId(first, 'a'));
    expect(byId(second, 'b')).toBe(byId(first, 'b'));
    expect(byId(second, 'other')).toBe(byId(first, 'other'));
    feed.stop();
    db.close();
  });

  it('finds the newest events wherever they are stored: many articles, big articles, ties', async () => {
    const random = seededRandom(7);
    const day = () => `2024-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 10)}`;
    // Articles of 1 to 2,500 events (several batches), some only proposals or rejections.
    const events = [1, 3, 2_500, 40, 1, 7, 1_200].flatMap((size, article) =>
      Array.from({ length: size }, (_, i) =>
        logEvent(`e-${article}-${i}`, {
          articleId: `a-${article}`,
          date: day(),
          status: article === 5 ? 'proposed' : random() < 0.1 ? 'rejected' : 'confirmed',
        }),
      ),
    );
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, events);
    const newestFirst = events
      .filter((e) => e.status === 'confirmed')
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
    for (const firstEvents of [1, 30, 500]) {
      const feed = listen(db, firstEvents);
      expect(ids(await feed.next(1))).toEqual(ids(newestFirst.slice(0, firstEvents)));
      expect(ids(await feed.next(2))).toEqual(ids(newestFirst));
      feed.stop();
    }
    db.close();
  });

  it('reads the whole log again after a clear, and sees writes from another connection', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const other = new ConflictReaderDatabase(NAME);
    await putEvents(db, [confirmed('a', '2024-01-01')]);
    const feed = listen(db);
    expect(ids(await feed.next(1))).toEqual(['a']);
    await putEvents(other, [confirmed('b', '2024-01-02')]);
    expect(ids(await feed.next(2))).toEqual(['b', 'a']);
    await other.eventBatches.clear();
    expect(await feed.next(3)).toEqual([]);
    feed.stop();
    db.close();
    other.close();
  });

  it('stops listening when stopped', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const feed = listen(db);
    await feed.next(1);
    feed.stop();
    await putEvents(db, [confirmed('late', '2024-01-01')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(feed.lists).toHaveLength(1);
    db.close();
  });
});
