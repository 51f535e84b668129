import Dexie from 'dexie';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../schema';
import { errorMessage } from '../error-message';

/** What could be read of a database, record by record, whatever its version or state. */
export interface RescuedLog {
  articles: unknown[];
  events: unknown[];
  corrections: unknown[];
  setAside: unknown[];
  /** Tables that could not be read, and why. */
  problems: string[];
}

/**
 * Read every record of the log's database as it is stored, without this version's schema (Dexie's
 * dynamic mode opens it at whatever version it has): when the log cannot be opened, say after a
 * failed upgrade, what is there can still be exported. Events are read from the batches (v4 on)
 * and from the old events table (v2–v3), whichever the database has. Each table is read on its
 * own, so one that fails costs only itself.
 */
export async function readWhatCanBeRead(databaseName: string): Promise<RescuedLog> {
  const rescued: RescuedLog = { articles: [], events: [], corrections: [], setAside: [], problems: [] };
  const raw = new Dexie(databaseName);
  try {
    await raw.open();
  } catch (error) {
    rescued.problems.push(`The database could not be opened at all (${errorMessage(error)}).`);
    return rescued;
  }
  try {
    const names = new Set(raw.tables.map((t) => t.name));
    const read = async (table: string, into: unknown[], each: (row: unknown) => unknown[] = (r) => [r]) => {
      if (!names.has(table)) return;
      try {
        for (const row of await raw.table(table).toArray()) into.push(...each(row));
      } catch (error) {
        rescued.problems.push(`The ${table} table could not be read (${errorMessage(error)}).`);
      }
    };
    await read('articles', rescued.articles);
    await read('events', rescued.events);
    await read('eventBatches', rescued.events, (batch) => {
      const events = (batch as { events?: unknown }).events;
      return Array.isArray(events) ? events : [];
    });
    await read('corrections', rescued.corrections);
    await read('setAside', rescued.setAside);
  } finally {
    raw.close();
  }
  return rescued;
}

/**
 * What was read, as a backup the import reads back (its records are checked one by one there, so
 * a damaged one is reported, not imported), with the set-aside records alongside.
 */
export function rescueJson(rescued: RescuedLog, now: Date = new Date()): string {
  const { articles, events, corrections, setAside } = rescued;
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles,
    events,
    corrections,
    setAside,
  });
}
