import type { EventStatusCounts } from '@/lib/exchange/import-plan';

/** “1 article”, “2,000 articles”. */
export const counted = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * Events by status in words: “15 events, plus 100 proposals and 23 rejected proposals”. Only
 * confirmed events are the log's events; proposals and rejected ones are named as such (and left
 * out when there are none), so a backup's count matches the log it came from.
 */
export function eventCountWords(counts: EventStatusCounts): string {
  const others = [
    counts.proposed ? counted(counts.proposed, 'proposal', 'proposals') : '',
    counts.rejected ? counted(counts.rejected, 'rejected proposal', 'rejected proposals') : '',
  ].filter(Boolean);
  const events = counted(counts.confirmed, 'event', 'events');
  return others.length ? `${events}, plus ${others.join(' and ')}` : events;
}
