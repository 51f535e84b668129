import type { Article } from '../schema';
import type { ConflictReaderDatabase } from '../storage/database';
import { allEvents } from '../storage/event-batches';
import { exportAcledCsvParts, type AcledCsvOptions } from './acled-csv';

/**
 * The CSV export of stored events, read from the database rather than handed over: so a worker
 * can write it, away from the log page's heap and thread. The events come in the order of `ids`
 * (the table's); ids no longer stored are left out. Each part becomes a Blob as it is written
 * (see exportAcledCsvParts).
 */
export async function storedEventsCsv(
  db: ConflictReaderDatabase,
  ids: readonly string[],
  options: AcledCsvOptions = {},
): Promise<Blob> {
  const byId = new Map((await allEvents(db)).map((e) => [e.id, e]));
  const events = ids.flatMap((id) => byId.get(id) ?? []);
  const articles = await db.articles.bulkGet([...new Set(events.map((e) => e.articleId))]);
  const parts = Array.from(
    exportAcledCsvParts(
      events,
      articles.filter((a): a is Article => a !== undefined),
      options,
    ),
    (part) => new Blob([part]),
  );
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
