import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAcledCsv, storedEventsCsv } from '@/lib/exchange';
import { ConflictReaderDatabase, putEvents } from '@/lib/storage';
import { kupianskArticle, kupianskEvent } from './fixtures';

const NAME = 'stored-events-csv-test';
// Blob.text() drops a byte-order mark; the Excel file must keep its own.
const textOf = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
afterEach(() => Dexie.delete(NAME));

describe('the CSV export of stored events', () => {
  it('writes the events in the order asked, with their articles, leaving out ids no longer stored', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const other = { ...kupianskArticle, id: 'a-2', title: 'Another report' };
    const [first, second, third] = [
      { ...kupianskEvent, id: 'e-1' },
      { ...kupianskEvent, id: 'e-2', articleId: 'a-2', fatalities: 7 },
      { ...kupianskEvent, id: 'e-3', notes: '=CMD()' },
    ];
    await db.articles.bulkAdd([kupianskArticle, other]);
    await putEvents(db, [first, second, third]);

    const blob = await storedEventsCsv(db, ['e-3', 'gone', 'e-2', 'e-1'], { excelFriendly: true });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await textOf(blob)).toBe(
      exportAcledCsv([third, second, first], [kupianskArticle, other], { excelFriendly: true }),
    );
    const none = await storedEventsCsv(db, []);
    expect(await textOf(none)).toBe(exportAcledCsv([], []));
    db.close();
  });
});
