import type { ImportPlan } from '@/lib/exchange';
import { countEventStatuses, type EventStatusCounts } from '@/lib/exchange/import-plan';

/** What the panel shows of a read file: the plan without its records, which stay in the worker. */
export type PlanSummary = Omit<ImportPlan, 'articles' | 'events' | 'corrections'> & {
  counts: Record<'articles' | 'events' | 'corrections', number>;
  /** The events by status: the log's (confirmed) events are told apart from proposals. */
  eventStatuses: EventStatusCounts;
};

/** A plan's summary, made in the worker: counts instead of the records. */
export function summarizePlan({ articles, events, corrections, ...rest }: ImportPlan): PlanSummary {
  return {
    ...rest,
    counts: { articles: articles.length, events: events.length, corrections: corrections.length },
    eventStatuses: countEventStatuses(events),
  };
}
