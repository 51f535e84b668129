/**
 * Calendar arithmetic on `YYYY-MM-DD` days, in UTC so that no local time zone or daylight
 * saving shift can move a day.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a `YYYY-MM-DD` string; null when it is not a real day. */
export function dayNumber(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return null;
  return ms / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoOf(year: number, month: number, day: number): string {
  return isoOfDay(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday (chrono's and JavaScript's numbering). */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The Monday of the week holding `day`: ACLED's week-precision date. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The most recent `weekday` on or before `day` (strictly before when `strict`). */
export function lastWeekday(day: number, weekday: number, strict: boolean): number {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return day - back;
}

export function firstOfMonth(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

export function lastOfMonth(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS;
}

/** The day of a `Date` as chrono returns it (chrono works in the UTC reference we give it). */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Noon UTC of a day, the reference instant handed to chrono so that no offset can change the day. */
export function noonOf(day: number): Date {
  return new Date(day * DAY_MS + DAY_MS / 2);
}
