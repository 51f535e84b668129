import type { EntityTable } from 'dexie';
import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from '../storage/database';
import { isQuotaError } from '../error-message';
import { allEvents, putEvents } from '../storage/event-batches';
import {
  countEventStatuses,
  type EventStatusCounts,
  type ImportFormat,
  type ImportPlan,
  type Rejection,
} from './import-plan';

export interface TableCounts {
  /** Added by this import. */
  new: number;
  /** Already in the log with the same id: left exactly as they were. */
  present: number;
  /** Refused when the file was read (see `rejected`). */
  rejected: number;
}

export interface ImportReport {
  fileName: string;
  format: ImportFormat | null;
  /** Why the whole file was refused; nothing was written. */
  fileError: string | null;
  articles: TableCounts;
  events: TableCounts;
  /** The added events by status: the log's (confirmed) events apart from proposals and rejected ones. */
  newEvents: EventStatusCounts;
  corrections: TableCounts;
  /** Rows written, all tables together. */
  added: number;
  rejected: Rejection[];
}

/** A write the database refused; the transaction was rolled back, so nothing of the file is in the log. */
export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
}

/**
 * Write what a plan holds that the log does not have yet, in one read-write transaction over
 * articles, events and corrections: either all of it is written or, when a write fails (storage
 * full, a row refused), none of it. A record whose id is already in the log is never overwritten,
 * so importing the same file again adds nothing.
 */
export async function applyImport(db: ConflictReaderDatabase, plan: ImportPlan): Promise<ImportReport> {
  const rejectedOf = (kind: Rejection['kind']) => plan.rejected.filter((r) => r.kind === kind).length;
  const report = (
    added: Record<'articles' | 'events' | 'corrections', Omit<TableCounts, 'rejected'>>,
    newEvents: readonly ConflictEvent[] = [],
  ): ImportReport => ({
    fileName: plan.fileName,
    format: plan.format,
    fileError: plan.fileError,
    articles: { ...added.articles, rejected: rejectedOf('article') },
    events: { ...added.events, rejected: rejectedOf('event') },
    newEvents: countEventStatuses(newEvents),
    corrections: { ...added.corrections, rejected: rejectedOf('correction') },
    added: added.articles.new + added.events.new + added.corrections.new,
    rejected: plan.rejected,
  });
  if (plan.fileError !== null) {
    const none = { new: 0, present: 0 };
    return report({ articles: none, events: none, corrections: none });
  }
  try {
    const { fresh, ...added } = await db.transaction(
      'rw',
      [db.articles, db.eventBatches, db.corrections],
      async () => {
        const articles = await addNew(db.articles, plan.articles);
        const events = await addNewEvents(db, plan.events);
        const corrections = await addNew(db.corrections, plan.corrections);
        return { articles, events: events.counts, corrections, fresh: events.fresh };
      },
    );
    return report(added, fresh);
  } catch (error) {
    throw new ImportWriteError(writeFailureMessage(error), { cause: error });
  }
}

/** Add the rows whose id the table does not hold; an error here aborts the whole transaction. */
async function addNew<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  rows: readonly T[],
): Promise<Omit<TableCounts, 'rejected'>> {
  // Only the ids are read (a key cursor), not the stored records: far cheaper for a big log.
  const ids = new Set<unknown>(await table.toCollection().primaryKeys());
  const fresh = rows.filter((row) => !ids.has(row.id));
  await table.bulkAdd(fresh);
  return { new: fresh.length, present: rows.length - fresh.length };
}

/** Add the events whose id the log does not hold, under any article; returns them and the counts. */
async function addNewEvents(
  db: ConflictReaderDatabase,
  events: readonly ConflictEvent[],
): Promise<{ fresh: ConflictEvent[]; counts: Omit<TableCounts, 'rejected'> }> {
  const ids = new Set((await allEvents(db)).map((e) => e.id));
  const fresh = events.filter((e) => !ids.has(e.id));
  await putEvents(db, fresh);
  return { fresh, counts: { new: fresh.length, present: events.length - fresh.length } };
}

function writeFailureMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return (
      'Nothing was imported: the browser has no storage space left for the extension ' +
      '(QuotaExceededError). Free some disk space or import a smaller file; the log is as it was.'
    );
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Nothing was imported: the database refused the write (${detail}). The log is as it was.`;
}
