import { findEventConflicts, type EventConflict, type ImportPlan } from '@/lib/exchange';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { countEventStatuses, type EventStatusCounts } from '@/lib/exchange/import-plan';
import { describeCorrection } from './describe-correction';

/** Items listed one by one for the user to choose; more are covered by the "all" buttons. */
export const LISTED_CHOICES = 200;

/** A correction of the file, as the user decides on it: its words and what it would teach. */
export interface CorrectionPreview {
  id: string;
  surface: string;
  teaches: string;
}

/** What the panel shows of a read file: the plan without its records, which stay in the worker. */
export type PlanSummary = Omit<ImportPlan, 'articles' | 'events' | 'corrections'> & {
  counts: Record<'articles' | 'events' | 'corrections', number>;
  /** The events by status: the log's (confirmed) events are told apart from proposals. */
  eventStatuses: EventStatusCounts;
  /** The file's corrections the log does not hold yet (the first LISTED_CHOICES), each to accept or not. */
  newCorrections: CorrectionPreview[];
  newCorrectionCount: number;
  /** The file's events the log holds with other content (the first LISTED_CHOICES). */
  conflicts: EventConflict[];
  conflictCount: number;
};

/** What the log already holds that the summary compares with. */
export interface LogComparison {
  correctionIds: ReadonlySet<string>;
  conflicts: readonly EventConflict[];
}

/** What the log holds that the file's records meet: correction ids, and events with other content. */
export async function compareWithLog(db: ConflictReaderDatabase, plan: ImportPlan): Promise<LogComparison> {
  return {
    correctionIds: new Set((await db.corrections.toCollection().primaryKeys()).map(String)),
    conflicts: await findEventConflicts(db, plan.events),
  };
}

const NOTHING_TO_COMPARE: LogComparison = { correctionIds: new Set(), conflicts: [] };

/** A plan's summary, made in the worker: counts instead of the records, and what the user must decide. */
export function summarizePlan(
  { articles, events, corrections, ...rest }: ImportPlan,
  log: LogComparison = NOTHING_TO_COMPARE,
): PlanSummary {
  const fresh = corrections.filter((c) => !log.correctionIds.has(c.id));
  return {
    ...rest,
    counts: { articles: articles.length, events: events.length, corrections: corrections.length },
    eventStatuses: countEventStatuses(events),
    newCorrections: fresh
      .slice(0, LISTED_CHOICES)
      .map((c) => ({ id: c.id, surface: c.surface, teaches: describeCorrection(c) })),
    newCorrectionCount: fresh.length,
    conflicts: log.conflicts.slice(0, LISTED_CHOICES),
    conflictCount: log.conflicts.length,
  };
}
