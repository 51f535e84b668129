import { dayNumber } from '../extraction/dates/calendar';
import { dayOfMonthWords, monthWords } from './date-words';
import type { Granularity, TimelineBin } from './timeline';

/** A labelled mark under the timeline, at the left edge of bin `index`. */
export interface AxisTick {
  index: number;
  label: string;
}

type Bin = Pick<TimelineBin, 'from' | 'to'>;

/**
 * Which bins a rule marks, and with what label (null: not this bin). Rules run from the finest
 * (every day) to the coarsest (every tenth year); the axis uses the finest whose labels fit.
 */
type TickRule = (bin: Bin) => string | null;

/** The day number of a bin's first day (bins are built from real days). */
const startDay = (bin: Bin) => dayNumber(bin.from) ?? 0;
/** 1970-01-01 was a Thursday: day + 3 is a multiple of 7 on Mondays. */
const isMonday = (day: number) => (day + 3) % 7 === 0;

/**
 * The first day of a month that falls in the bin, as `YYYY-MM-01`, or null. A day or a month bin
 * starts on it; a week holds one when it starts on it or runs into the next month.
 */
function monthStartIn(bin: Bin): string | null {
  if (bin.from.endsWith('-01')) return bin.from;
  return bin.to.slice(0, 7) !== bin.from.slice(0, 7) ? `${bin.to.slice(0, 7)}-01` : null;
}

/** Every `n`th month (January, and every `n` months after it), labelled “Apr 2025”. */
const everyMonths =
  (n: number): TickRule =>
  (bin) => {
    const first = monthStartIn(bin);
    return first && (Number(first.slice(5, 7)) - 1) % n === 0 ? monthWords(first) : null;
  };

/** Every `n`th year (those divisible by `n`), labelled “2025”. */
const everyYears =
  (n: number): TickRule =>
  (bin) => {
    const first = monthStartIn(bin);
    return first?.slice(5, 7) === '01' && Number(first.slice(0, 4)) % n === 0 ? first.slice(0, 4) : null;
  };

/** Every `n`th day, counted from 1970-01-01 so the marks stay evenly spaced across months. */
const everyDays =
  (n: number): TickRule =>
  (bin) =>
    startDay(bin) % n === 0 ? dayOfMonthWords(bin.from) : null;

/** Mondays, every `n`th one (counted from 1970), labelled “31 Mar”. */
const everyWeeks =
  (n: number): TickRule =>
  (bin) => {
    const day = startDay(bin);
    return isMonday(day) && ((day + 3) / 7) % n === 0 ? dayOfMonthWords(bin.from) : null;
  };

const BY_MONTHS_AND_YEARS = [1, 3, 6].map(everyMonths).concat([1, 2, 5, 10, 20, 50].map(everyYears));

const RULES: Record<Granularity, TickRule[]> = {
  day: [everyDays(1), everyDays(2), everyWeeks(1), everyWeeks(2), ...BY_MONTHS_AND_YEARS],
  week: [everyWeeks(1), everyWeeks(2), ...BY_MONTHS_AND_YEARS],
  month: [...[1, 2, 3, 6].map(everyMonths), ...[1, 2, 5, 10, 20, 50].map(everyYears)],
};

/**
 * The labels under a timeline of `bins` that `slots` labels fill side by side: the finest rule
 * (days, weeks, months, then years) whose marks are at least a slot apart, so no two labels
 * overlap. A label starts at its bin's left edge; one that would run past the right end is left
 * out. Empty when no rule's marks fit (a timeline narrower than two labels, say).
 */
export function axisTicks(bins: readonly Bin[], granularity: Granularity, slots: number): AxisTick[] {
  if (!bins.length || slots < 1) return [];
  // A label's width, in bins.
  const slot = bins.length / slots;
  for (const rule of RULES[granularity]) {
    const ticks: AxisTick[] = [];
    bins.forEach((bin, index) => {
      const label = index <= bins.length - slot ? rule(bin) : null;
      if (label !== null) ticks.push({ index, label });
    });
    const apart = ticks.every((tick, i) => i === 0 || tick.index - (ticks[i - 1] as AxisTick).index >= slot);
    // A rule that marks no bin here (no Monday in five days, say) gives way to a coarser one.
    if (apart && ticks.length) return ticks;
  }
  return [];
}
