import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictEvent } from '@/lib/schema';
import { changedEvents, ConflictReaderDatabase, editEvent, watchConfirmedEvents } from '@/lib/storage';
import { ids, logEvent } from '../log/log-fixtures';

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
  it('names the events written or deleted, and everything for a cleared table', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await db.events.bulkAdd([confirmed('a', '2024-01-01'), confirmed('b', '2024-01-02')]);
    const [put] = await noticesOf(() => db.events.put(confirmed('a', '2024-01-03')));
    expect(changedEvents(put as ObservabilitySet, NAME)).toEqual({ ids: ['a'] });
    const [deleted] = await noticesOf(() => db.events.bulkDelete(['a', 'b']));
    expect(changedEvents(deleted as ObservabilitySet, NAME)).toEqual({ ids: ['a', 'b'] });
    const [cleared] = await noticesOf(() => db.events.clear());
    expect(changedEvents(cleared as ObservabilitySet, NAME)).toBe('everything');
    const [settings] = await noticesOf(() => db.corrections.clear());
    expect(changedEvents(settings as ObservabilitySet, NAME)).toBeNull();
    db.close();
  });
});

describe('the confirmed events, kept up to date', () => {
  it('lists the confirmed events newest first, and follows edits, confirmations, rejections and deletions', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await db.events.bulkAdd([
      confirmed('old', '2024-01-01'),
      confirmed('new', '2024-03-01'),
      confirmed('mid', '2024-02-01'),
      logEvent('proposal', { date: '2024-02-15', status: 'proposed' }),
    ]);
    const feed = listen(db);
    expect(ids(await feed.next(1))).toEqual(['new', 'mid', 'old']);

    await editEvent(db, 'old', { fatalities: 12, date: '2024-04-01' });
    const edited = await feed.next(2);
    expect(ids(edited)).toEqual(['old', 'new', 'mid']);
    expect(edited[0]?.fatalities).toBe(12);

    await db.events.update('proposal', { status: 'confirmed' });
    expect(ids(await feed.next(3))).toEqual(['old', 'new', 'proposal', 'mid']);
    await db.events.update('new', { status: 'rejected' });
    expect(ids(await feed.next(4))).toEqual(['old', 'proposal', 'mid']);
    await db.events.bulkDelete(['old', 'mid']);
    expect(ids(await feed.next(5))).toEqual(['proposal']);
    // Undo puts them back in their places.
    await db.events.bulkPut([confirmed('old', '2024-04-01'), confirmed('mid', '2024-02-01')]);
    expect(ids(await feed.next(6))).toEqual(['old', 'proposal', 'mid']);
    expect(feed.errors).toEqual([]);
    feed.stop();
    db.close();
  });

  it('gives the newest events first, then the whole log; a small log comes whole at once', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await db.events.bulkAdd([
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

  it('reads the whole log again after a clear, and sees writes from another connection', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const other = new ConflictReaderDatabase(NAME);
    await db.events.add(confirmed('a', '2024-01-01'));
    const feed = listen(db);
    expect(ids(await feed.next(1))).toEqual(['a']);
    await other.events.add(confirmed('b', '2024-01-02'));
    expect(ids(await feed.next(2))).toEqual(['b', 'a']);
    await other.events.clear();
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
    await db.events.add(confirmed('late', '2024-01-01'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(feed.lists).toHaveLength(1);
    db.close();
  });
});
