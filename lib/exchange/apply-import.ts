import type { EntityTable } from 'dexie';
import type { ConflictEvent } from '../schema';
import type { ConflictReaderDatabase } from '../storage/database';
import { isQuotaError } from '../error-message';
import { allEvents, deleteEvents, putEvents } from '../storage/event-batches';
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
  /** Events of the log replaced by the file's version, as the user chose. */
  replacedEvents: number;
  /** The file's corrections the user did not accept: not written. */
  declinedCorrections: number;
  /** Rows written, all tables together. */
  added: number;
  rejected: Rejection[];
}

/**
 * What the user decided after reading the plan. A shared file must not teach the extractor
 * silently, nor overwrite the user's own events: by default no correction is written and the
 * log's version of an event is kept (NO_CHOICES).
 */
export interface ImportChoices {
  /** The file's corrections to write, by id, or all of them. */
  acceptedCorrections: ReadonlySet<string> | 'all';
  /** Events the log holds with other content, to replace by the file's version, by id, or all. */
  takeTheirs: ReadonlySet<string> | 'all';
}

export const NO_CHOICES: ImportChoices = { acceptedCorrections: new Set(), takeTheirs: new Set() };

const chosen = (choice: ReadonlySet<string> | 'all', id: string) => choice === 'all' || choice.has(id);

/** A write the database refused; the transaction was rolled back, so nothing of the file is in the log. */
export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
}

/**
 * Write what a plan holds that the log does not have yet, in one read-write transaction over
 * articles, events and corrections: either all of it is written or, when a write fails (storage
 * full, a row refused), none of it. Only the corrections the user accepted are written. A record
 * whose id is already in the log is not overwritten, except an event the user chose to take from
 * the file (`takeTheirs`), so importing the same file again adds nothing.
 */
export async function applyImport(
  db: ConflictReaderDatabase,
  plan: ImportPlan,
  choices: ImportChoices = NO_CHOICES,
): Promise<ImportReport> {
  const accepted = plan.corrections.filter((c) => chosen(choices.acceptedCorrections, c.id));
  const rejectedOf = (kind: Rejection['kind']) => plan.rejected.filter((r) => r.kind === kind).length;
  const report = (
    added: Record<'articles' | 'events' | 'corrections', Omit<TableCounts, 'rejected'>>,
    newEvents: readonly ConflictEvent[] = [],
    replacedEvents = 0,
  ): ImportReport => ({
    fileName: plan.fileName,
    format: plan.format,
    fileError: plan.fileError,
    articles: { ...added.articles, rejected: rejectedOf('article') },
    events: { ...added.events, rejected: rejectedOf('event') },
    newEvents: countEventStatuses(newEvents),
    corrections: { ...added.corrections, rejected: rejectedOf('correction') },
    replacedEvents,
    declinedCorrections: plan.fileError === null ? plan.corrections.length - accepted.length : 0,
    added: added.articles.new + added.events.new + added.corrections.new,
    rejected: plan.rejected,
  });
  if (plan.fileError !== null) {
    const none = { new: 0, present: 0 };
    return report({ articles: none, events: none, corrections: none });
  }
  try {
    const { fresh, replaced, ...added } = await db.transaction(
      'rw',
      [db.articles, db.eventBatches, db.corrections],
      async () => {
        const articles = await addNew(db.articles, plan.articles);
        const events = await addNewEvents(db, plan.events, choices.takeTheirs);
        const corrections = await addNew(db.corrections, accepted);
        return {
          articles,
          events: events.counts,
          corrections,
          fresh: events.fresh,
          replaced: events.replaced,
        };
      },
    );
    return report(added, fresh, replaced);
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

/**
 * Add the events whose id the log does not hold, under any article, and replace those the user
 * chose to take from the file (moved when the file files them under another article).
 */
async function addNewEvents(
  db: ConflictReaderDatabase,
  events: readonly ConflictEvent[],
  takeTheirs: ImportChoices['takeTheirs'],
): Promise<{ fresh: ConflictEvent[]; replaced: number; counts: Omit<TableCounts, 'rejected'> }> {
  const stored = new Map((await allEvents(db)).map((e) => [e.id, e]));
  const fresh = events.filter((e) => !stored.has(e.id));
  const replacing = events.filter((e) => stored.has(e.id) && chosen(takeTheirs, e.id));
  const old = replacing.flatMap((e) => stored.get(e.id) ?? []);
  if (old.length) await deleteEvents(db, old);
  await putEvents(db, [...fresh, ...replacing]);
  const present = events.length - fresh.length;
  return { fresh, replaced: replacing.length, counts: { new: fresh.length, present } };
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
