import type { ConflictEvent, ExportId } from '../schema';
import { acledIdOf } from '../exchange/export-record';
import { countryOfCode } from '../geo/countries';
import type { ConflictReaderDatabase } from './database';
import { allEvents, changeArticleEvents } from './event-batches';
import { loadSettings, saveSettings } from './settings-store';

/**
 * The events, each with the number its ACLED-style export id carries (see ExportIdSchema): events
 * that have none yet are given the next numbers under the user's prefix, oldest first, and keep
 * them with the ISO3 code of the country they had then, so every later export writes the same id. ACLED's own events keep ACLED's ids. Numbers are
 * never given twice: the next one is past both the stored counter and every number in the log.
 */
export async function withExportIds(
  db: ConflictReaderDatabase,
  events: readonly ConflictEvent[],
): Promise<ConflictEvent[]> {
  const needing = events.filter((e) => !e.exportId && acledIdOf(e.id) === undefined);
  if (needing.length === 0) return [...events];
  const given = new Map<string, ExportId>();
  await db.transaction('rw', db.eventBatches, db.settings, async () => {
    const settings = await loadSettings(db);
    const prefix = settings.exportIdPrefix;
    let next = settings.nextExportNumber;
    for (const e of await allEvents(db)) {
      if (e.exportId?.prefix === prefix) next = Math.max(next, e.exportId.number + 1);
    }
    const oldestFirst = [...needing].sort(
      (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
    );
    for (const event of oldestFirst) {
      const country = event.location?.country ? countryOfCode(event.location.country)?.iso3 : undefined;
      given.set(event.id, country ? { prefix, number: next++, country } : { prefix, number: next++ });
    }
    for (const articleId of new Set(needing.map((e) => e.articleId))) {
      await changeArticleEvents(db, articleId, (stored) =>
        stored.map((e) => {
          const exportId = e.exportId ? undefined : given.get(e.id);
          return exportId ? { ...e, exportId } : e;
        }),
      );
    }
    await saveSettings(db, { ...settings, nextExportNumber: next });
  });
  return events.map((e) => {
    const exportId = given.get(e.id);
    return exportId && !e.exportId ? { ...e, exportId } : e;
  });
}
