/**
 * Dates as a reader says them, for the timeline: “3 Apr 2025”, “Apr 2025”. English month
 * abbreviations, fixed (not the browser's locale), like the rest of the interface; never ISO
 * week codes, which few readers can place.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const partsOf = (iso: string) => ({
  year: iso.slice(0, 4),
  month: MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7),
  day: String(Number(iso.slice(8, 10))),
});

/** `2025-04-03` → “3 Apr 2025”. */
export function dayWords(iso: string): string {
  const { year, month, day } = partsOf(iso);
  return `${day} ${month} ${year}`;
}

/** `2025-04-03` → “3 Apr”: a day on an axis whose months and years are said elsewhere. */
export function dayOfMonthWords(iso: string): string {
  const { month, day } = partsOf(iso);
  return `${day} ${month}`;
}

/** `2025-04-03` (any day of the month) → “Apr 2025”. */
export function monthWords(iso: string): string {
  const { year, month } = partsOf(iso);
  return `${month} ${year}`;
}

/** A span of days, saying each month and year once: “7–13 Apr 2025”, “31 Mar – 6 Apr 2025”. */
export function spanWords(from: string, to: string): string {
  if (from === to) return dayWords(from);
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.year !== b.year) return `${dayWords(from)} – ${dayWords(to)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${dayWords(to)}`;
  return `${a.day}–${dayWords(to)}`;
}
