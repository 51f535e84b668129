import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictEvent } from '@/lib/schema';
import {
  ConflictReaderDatabase,
  allEvents,
  deleteEvents,
  loadSettings,
  putEvents,
  saveSettings,
  withExportIds,
} from '@/lib/storage';
import { exportAcledCsv } from '@/lib/exchange';
import { kupianskEvent } from '../exchange/fixtures';

const NAME = 'export-ids-test';
afterEach(() => Dexie.delete(NAME));

const event = (id: string, date: string): ConflictEvent => ({ ...kupianskEvent, id, date });

describe('ACLED-style export ids', () => {
  it('are given once, oldest first, kept in the log, and written the same by every export', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, [
      event('e-b', '2024-05-09'),
      event('e-a', '2024-05-07'),
      event('acled:UKR9', '2024-05-01'),
    ]);
    const first = await withExportIds(db, await allEvents(db));
    expect(first.map((e) => [e.id, e.exportId?.number])).toEqual([
      ['e-b', 2],
      ['e-a', 1],
      ['acled:UKR9', undefined],
    ]);
    const again = await withExportIds(db, await allEvents(db));
    expect(again).toEqual(first);
    expect(
      exportAcledCsv(again, [], { acledColumnsOnly: true })
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['event_id_cnty', 'CR-UKR2', 'CR-UKR1', 'UKR9']);
    db.close();
  });

  it('never gives a number twice, even after the event holding it was deleted', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, [event('e-1', '2024-05-07')]);
    await withExportIds(db, await allEvents(db));
    await deleteEvents(db, [{ id: 'e-1', articleId: kupianskEvent.articleId }]);
    await putEvents(db, [event('e-2', '2024-05-08')]);
    const [second] = await withExportIds(db, await allEvents(db));
    expect(second?.exportId).toEqual({ prefix: 'CR', number: 2, country: 'UKR' });
    db.close();
  });

  it('use the user’s prefix, and go past numbers an import brought in under it', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await saveSettings(db, { ...(await loadSettings(db)), exportIdPrefix: 'MYLOG' });
    await putEvents(db, [
      { ...event('e-old', '2024-01-01'), exportId: { prefix: 'MYLOG', number: 40 } },
      event('e-new', '2024-05-08'),
    ]);
    const numbered = await withExportIds(db, await allEvents(db));
    expect(numbered.find((e) => e.id === 'e-new')?.exportId).toEqual({
      prefix: 'MYLOG',
      number: 41,
      country: 'UKR',
    });
    expect((await loadSettings(db)).nextExportNumber).toBe(42);
    db.close();
  });

  it('keep the country they were given with when the event is moved to another country', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, [event('e-1', '2024-05-07')]);
    const [numbered] = await withExportIds(db, await allEvents(db));
    if (!numbered?.location) throw new Error('the fixture has a place');
    const moved = { ...numbered, location: { ...numbered.location, country: 'MD' } };
    const again = await withExportIds(db, [moved]);
    const [, row] = exportAcledCsv(again, [], { acledColumnsOnly: true }).split('\n');
    expect(row?.split(',')[0]).toBe('CR-UKR1');
    expect(row).toContain('Moldova');
    db.close();
  });
});
