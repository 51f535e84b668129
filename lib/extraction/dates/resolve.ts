import type { ParsedResult } from 'chrono-node';
import type { DateValue } from '../../schema/mention';
import { dayOfDate, firstOfMonth, isoOf, isoOfDay, lastWeekday, mondayOf } from './calendar';
import { notFarFuture, weekdayDay, yearAfter } from './conventions';
import type { DateWords } from './date-words';

/** A chrono match turned into ACLED's date and precision, with the span it covers. */
export interface ResolvedDate {
  start: number;
  end: number;
  date: DateValue;
  /** Which of the news conventions read it, for the mention's reason. */
  rule: string;
}

const EXPLICIT_YEAR = /\b\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/**
 * News conventions applied on top of chrono: a bare weekday is the most recent one on or before
 * publication; "this/last week" and weekends get week precision (Monday); months get month
 * precision (the 1st); a day or month without a year is never more than a month in the future.
 * Returns null for what is not an event date: clock times, years alone, "now", story-relative
 * phrases, lower-case month words ("troops march").
 */
export function resolve(
  result: ParsedResult,
  text: string,
  offset: number,
  published: number | null,
  words: DateWords,
): ResolvedDate | null {
  const surface = result.text;
  const start = offset + result.index;
  let end = start + surface.length;
  if (
    result.tags().has('casualReference/now') ||
    words.storyRelative.test(surface) ||
    words.lowerCaseMonth.test(surface)
  )
    return null;
  const s = result.start;
  const explicitYear = EXPLICIT_YEAR.test(surface);
  if (surface.includes('/') && !explicitYear) return null; // "24/7", "9/11": not a dated report
  if (published === null && !(explicitYear && s.isCertain('month'))) return null;

  if (words.weekend.test(surface) && published !== null) {
    const saturday = words.previous.test(surface)
      ? lastWeekday(mondayOf(published), 6, true)
      : lastWeekday(published, 6, false);
    return at(start, end, isoOfDay(mondayOf(saturday)), 2, 'weekend: its week');
  }
  if (
    s.isCertain('weekday') &&
    !s.isCertain('month') &&
    words.capitalisedWeekday.test(surface) &&
    published !== null
  )
    return at(
      start,
      end,
      isoOfDay(weekdayDay(surface, s.get('weekday') ?? 0, published, words)),
      1,
      'weekday: the last one',
    );
  if (words.span.test(surface) && published !== null)
    return spanDate(start, end, dayOfDate(s.date()), published);
  if (words.week.test(surface) && published !== null) {
    const day = words.thisWeek.test(surface) ? published : dayOfDate(s.date());
    return at(start, end, isoOfDay(mondayOf(day)), 2, 'week: its Monday');
  }

  // chrono reads "last night" against the machine's local clock; it is the night before publication.
  if (words.lastNight.test(surface) && published !== null)
    return at(start, end, isoOfDay(published - 1), 1, 'last night: the day before');
  if (s.isCertain('day')) {
    let day = dayOfDate(s.date());
    if (!explicitYear && !s.isCertain('year')) {
      const adjusted = yearAfter(text, end, published, words);
      if (adjusted) {
        day = dayOfDate(new Date(Date.UTC(adjusted.year, (s.get('month') ?? 1) - 1, s.get('day') ?? 1)));
        end = adjusted.end;
      } else day = notFarFuture(day, published);
    }
    return withRange(result, start, end, day);
  }

  // Weekday abbreviations ("Sun Tzu") and weekdays without a publication date are not dates.
  if (s.isCertain('weekday') && !s.isCertain('month')) return null;

  if (s.isCertain('month')) {
    const before = text.slice(Math.max(0, start - 12), start);
    if (
      !explicitYear &&
      !s.isCertain('year') &&
      !words.monthLead.test(before) &&
      !words.monthOrAgo.test(surface)
    )
      return null;
    let year = s.get('year') ?? 1970;
    if (!explicitYear && !s.isCertain('year')) {
      const adjusted = yearAfter(text, end, published, words);
      if (adjusted) {
        year = adjusted.year;
        end = adjusted.end;
      } else {
        const first = dayOfDate(new Date(Date.UTC(year, (s.get('month') ?? 1) - 1, 1)));
        year = new Date(notFarFuture(first, published) * 86_400_000).getUTCFullYear();
      }
    }
    return at(start, end, isoOf(year, s.get('month') ?? 1, 1), 3, 'month: its first day');
  }

  // "this morning", "this evening": today. Other clock-only matches ("at 5", "noon") are not dates.
  if (published !== null && words.today.test(surface.trim()))
    return at(start, end, isoOfDay(published), 1, 'time of the publication day');
  return null;
}

function at(start: number, end: number, iso: string, precision: 1 | 2 | 3, rule: string): ResolvedDate {
  return { start, end, date: { iso, precision }, rule };
}

/** "the past 24 hours" → that day; up to a week → its week; longer → its month. */
function spanDate(start: number, end: number, from: number, published: number): ResolvedDate {
  const length = published - from;
  if (length <= 1) return at(start, end, isoOfDay(from), 1, 'span to publication: its day');
  if (length <= 7) return at(start, end, isoOfDay(mondayOf(from)), 2, 'span to publication: its week');
  return at(start, end, isoOfDay(firstOfMonth(from)), 3, 'span to publication: its month');
}

/** "7-9 May" → the week; a longer range → the month of its start. */
function withRange(result: ParsedResult, start: number, end: number, day: number): ResolvedDate {
  const last = result.end && result.end.isCertain('day') ? dayOfDate(result.end.date()) : day;
  const length = Math.max(0, last - day);
  if (length === 0) return at(start, end, isoOfDay(day), 1, 'day');
  if (length <= 6) return at(start, end, isoOfDay(mondayOf(day)), 2, 'days of one week: its Monday');
  return at(start, end, isoOfDay(firstOfMonth(day)), 3, 'longer range: its month');
}
