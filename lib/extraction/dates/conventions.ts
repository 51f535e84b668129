import { dayOfDate, lastWeekday, mondayOf, weekdayOf } from './calendar';

/* How news dates are read against the publication day, beyond what chrono does by itself. */

/** Dates more than this many days after publication are read as last year's ("on 28 December" in October). */
const FUTURE_SLACK_DAYS = 31;

const YEAR_AFTER = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i;

/**
 * A bare weekday in news is the most recent such day on or before publication ("on Wednesday"
 * in a Wednesday paper is that day); "last Monday" is strictly before; "Monday last week" is in
 * the previous week; "next Monday" is the coming one.
 */
export function weekdayDay(surface: string, weekday: number, published: number): number {
  if (/\blast\s+week\b/i.test(surface)) return mondayOf(published) - 7 + ((weekday + 6) % 7);
  if (/\b(?:next|coming)\b/i.test(surface)) {
    const ahead = (weekday - weekdayOf(published) + 7) % 7 || 7;
    return published + ahead;
  }
  return lastWeekday(published, weekday, /\blast\b/i.test(surface));
}

/** A date without a year more than a month after publication is last year's. */
export function notFarFuture(day: number, published: number | null): number {
  if (published === null || day - published <= FUTURE_SLACK_DAYS) return day;
  const date = new Date(day * 86_400_000);
  return dayOfDate(new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate())));
}

/** "August last year", "in May this year": the year named after the month, with the extended span. */
export function yearAfter(
  text: string,
  end: number,
  published: number | null,
): { year: number; end: number } | null {
  if (published === null) return null;
  const match = YEAR_AFTER.exec(text.slice(end, end + 24));
  if (!match) return null;
  const current = new Date(published * 86_400_000).getUTCFullYear();
  const which = match[1]?.toLowerCase();
  const year = which === 'last' ? current - 1 : which === 'next' ? current + 1 : current;
  return { year, end: end + match[0].length };
}
