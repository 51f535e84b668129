import { dayNumber, isoOf, isoOfDay } from '../extraction/dates/calendar';
import type { ConflictEvent } from '../schema';
import { dayWords, monthWords, spanWords } from './date-words';

export type Granularity = 'day' | 'week' | 'month';

/** One bar of the timeline: the days it covers, its label, its events and their deaths. */
export interface TimelineBin {
  /** First and last day of the bin, `YYYY-MM-DD` (a week runs Monday to Sunday). */
  from: string;
  to: string;
  /** In words: “7 May 2024”, “6–12 May 2024” (a week) or “May 2024”. */
  label: string;
  count: number;
  /** Sum of the events' fatalities (events that give none count as 0). */
  fatalities: number;
}

type Dated = Pick<ConflictEvent, 'date' | 'fatalities'>;

/**
 * A bin's ordinal on a granularity's scale, so consecutive bins have consecutive ordinals:
 * days since 1970-01-01, weeks since the Monday 1969-12-29, or year × 12 + month − 1.
 */
function ordinalOf(day: number, iso: string, granularity: Granularity): number {
  if (granularity === 'day') return day;
  // 1970-01-01 was a Thursday: adding 3 puts every Monday on a multiple of 7.
  if (granularity === 'week') return Math.floor((day + 3) / 7);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The ordinal of a `YYYY-MM-DD` day; null when it is not a real day. */
function ordinalOfIso(iso: string, granularity: Granularity): number | null {
  const day = dayNumber(iso);
  return day === null ? null : ordinalOf(day, iso, granularity);
}

function binAt(ordinal: number, granularity: Granularity): Omit<TimelineBin, 'count' | 'fatalities'> {
  if (granularity === 'day') {
    const iso = isoOfDay(ordinal);
    return { from: iso, to: iso, label: dayWords(iso) };
  }
  if (granularity === 'week') {
    const monday = ordinal * 7 - 3;
    const from = isoOfDay(monday);
    const to = isoOfDay(monday + 6);
    return { from, to, label: spanWords(from, to) };
  }
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  const from = isoOf(year, month, 1);
  // Day 0 of the next month is the last day of this one.
  return { from, to: isoOf(year, month + 1, 0), label: monthWords(from) };
}

/**
 * Events counted per day, week (Monday to Sunday) or month, with a bin for every period from the first event
 * to the last (or across `span`, when given: events outside it are left out), empty ones
 * included. Events whose date is not a real day are skipped. Linear in the events.
 */
export function timelineBins(
  events: readonly Dated[],
  granularity: Granularity,
  span?: { from: string; to: string },
): TimelineBin[] {
  const ordinals = new Float64Array(events.length);
  const known = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  events.forEach((event, i) => {
    let ordinal = known.get(event.date);
    if (ordinal === undefined) {
      ordinal = ordinalOfIso(event.date, granularity) ?? NaN;
      known.set(event.date, ordinal);
    }
    ordinals[i] = ordinal;
    if (ordinal < first) first = ordinal;
    if (ordinal > last) last = ordinal;
  });
  if (span) {
    first = ordinalOfIso(span.from, granularity) ?? NaN;
    last = ordinalOfIso(span.to, granularity) ?? NaN;
  }
  if (!(first <= last)) return [];
  const counts = new Float64Array(last - first + 1);
  const deaths = new Float64Array(last - first + 1);
  events.forEach((event, i) => {
    const at = (ordinals[i] as number) - first;
    if (at >= 0 && at < counts.length) {
      counts[at] = (counts[at] as number) + 1;
      deaths[at] = (deaths[at] as number) + (event.fatalities ?? 0);
    }
  });
  return Array.from(counts, (count, at) => ({
    ...binAt(first + at, granularity),
    count,
    fatalities: deaths[at] as number,
  }));
}

/** The first and last date among `events` (`YYYY-MM-DD` sorts as text); null for none. */
export function dateSpan(
  events: readonly Pick<ConflictEvent, 'date'>[],
): { from: string; to: string } | null {
  if (!events.length) return null;
  let from = (events[0] as Dated).date;
  let to = from;
  for (const { date } of events) {
    if (date < from) from = date;
    if (date > to) to = date;
  }
  return { from, to };
}

/**
 * The finest granularity that draws the span from `from` to `to` in at most `maxBins` bars:
 * days for a few months, weeks for up to about two years, months beyond.
 */
export function pickGranularity(from: string, to: string, maxBins = 120): Granularity {
  for (const granularity of ['day', 'week'] as const) {
    const first = ordinalOfIso(from, granularity);
    const last = ordinalOfIso(to, granularity);
    if (first !== null && last !== null && Math.abs(last - first) + 1 <= maxBins) return granularity;
  }
  return 'month';
}

/**
 * The dates a brushed run of bins covers (bin positions in either order, clamped to the bins),
 * as the filter's inclusive `from` and `to`; null when there are no bins.
 */
export function brushedDates(
  bins: readonly Pick<TimelineBin, 'from' | 'to'>[],
  start: number,
  end: number,
): { from: string; to: string } | null {
  if (!bins.length) return null;
  const clamp = (i: number) => Math.max(0, Math.min(bins.length - 1, Math.round(i)));
  const lo = clamp(Math.min(start, end));
  const hi = clamp(Math.max(start, end));
  return { from: (bins[lo] as TimelineBin).from, to: (bins[hi] as TimelineBin).to };
}
