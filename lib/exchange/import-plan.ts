import type { Article, ConflictEvent, Correction, EventStatus } from '../schema';

/** What an import file was read as. */
export type ImportFormat = 'backup-json' | 'conflict-reader-csv' | 'acled-csv';

export type RecordKind = 'article' | 'event' | 'correction';

/** One record the import leaves out, and why, in words a user can act on. */
export interface Rejection {
  kind: RecordKind;
  /**
   * Where it is in the file: `row 5` for a CSV (row 1 is the header, as a spreadsheet numbers
   * them; a cell with line breaks does not shift the count), `events[3]` for a backup.
   */
  where: string;
  reason: string;
}

/**
 * What reading a file found, before anything is written: the valid records, and every record left
 * out with its reason. When `fileError` is set the whole file was refused and the plan is empty.
 */
export interface ImportPlan {
  fileName: string;
  format: ImportFormat | null;
  fileError: string | null;
  articles: Article[];
  events: ConflictEvent[];
  corrections: Correction[];
  rejected: Rejection[];
}

/**
 * Events by review status. Only confirmed events are the log's events; a backup also carries the
 * proposals still waiting for review and the rejected ones, which a summary must not count as such.
 */
export type EventStatusCounts = Record<EventStatus, number>;

/** How many of `events` are confirmed, proposed and rejected. */
export function countEventStatuses(events: readonly Pick<ConflictEvent, 'status'>[]): EventStatusCounts {
  const counts: EventStatusCounts = { confirmed: 0, proposed: 0, rejected: 0 };
  for (const { status } of events) counts[status] += 1;
  return counts;
}

/** A file refused as a whole: nothing in it will be imported. */
export function refusedFile(
  fileName: string,
  fileError: string,
  format: ImportFormat | null = null,
): ImportPlan {
  return { fileName, format, fileError, articles: [], events: [], corrections: [], rejected: [] };
}

/**
 * Collects a file's records into a plan. A second record with an id already seen in the file is
 * left out (the first one is kept), so what the plan holds can be written with `bulkAdd`.
 */
export class PlanBuilder {
  private readonly plan: ImportPlan;
  private readonly firstSeen = new Map<string, string>();

  constructor(fileName: string, format: ImportFormat) {
    this.plan = { ...refusedFile(fileName, '', format), fileError: null };
  }

  article(where: string, record: Article): void {
    this.add(this.plan.articles, 'article', where, record);
  }

  event(where: string, record: ConflictEvent): void {
    this.add(this.plan.events, 'event', where, record);
  }

  correction(where: string, record: Correction): void {
    this.add(this.plan.corrections, 'correction', where, record);
  }

  reject(kind: RecordKind, where: string, reason: string): void {
    this.plan.rejected.push({ kind, where, reason });
  }

  build(): ImportPlan {
    return this.plan;
  }

  private add<T extends { id: string }>(list: T[], kind: RecordKind, where: string, record: T): void {
    const key = `${kind}\u0000${record.id}`;
    const first = this.firstSeen.get(key);
    if (first !== undefined) {
      this.reject(kind, where, `same id (“${record.id}”) as ${first}; the first one is kept`);
      return;
    }
    this.firstSeen.set(key, where);
    list.push(record);
  }
}
