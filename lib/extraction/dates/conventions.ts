import { dayOfDate, lastWeekday, mondayOf, weekdayOf } from './calendar';
import type { DateWords } from './date-words';

/* How news dates are read against the publication day, beyond what chrono does by itself. */

/** Dates more than this many days after publication are read as last year's ("on 28 December" in October). */
const FUTURE_SLACK_DAYS = 31;

/**
 * A bare weekday in news is the most recent such day on or before publication ("on Wednesday"
 * in a Wednesday paper is that day); "last Monday" is strictly before; "Monday last week" is in
 * the previous week; "next Monday" is the coming one.
 */
export function weekdayDay(surface: string, weekday: number, published: number, words: DateWords): number {
  if (words.lastWeek.test(surface)) return mondayOf(published) - 7 + ((weekday + 6) % 7);
  if (words.coming.test(surface)) {
    const ahead = (weekday - weekdayOf(published) + 7) % 7 || 7;
    return published + ahead;
  }
  return lastWeekday(published, weekday, words.previous.test(surface));
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
  words: DateWords,
): { year: number; end: number } | null {
  if (published === null) return null;
  const match = words.yearAfter.exec(text.slice(end, end + 24));
  if (!match) return null;
  const current = new Date(published * 86_400_000).getUTCFullYear();
  return { year: current + words.yearOffset(match[1] ?? ''), end: end + match[0].length };
}
