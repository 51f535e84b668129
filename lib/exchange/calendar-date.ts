import { MONTH_NAMES } from '../extraction/text/calendar-words';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ACLED's spreadsheet downloads write "16 May 2025"; its API writes 2025-05-16. */
const ACLED_LONG_DATE = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/** Whether `YYYY-MM-DD` names a day that exists (the schema's pattern lets 2024-13-45 through). */
export function isCalendarDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An event date cell as `YYYY-MM-DD`: either form above, when it names a real day. */
export function isoDateOfCell(cell: string): string | undefined {
  const text = cell.trim();
  const long = ACLED_LONG_DATE.exec(text);
  const month = long ? (MONTH_NAMES as readonly string[]).indexOf((long[2] ?? '').toLowerCase()) + 1 : 0;
  const iso = long
    ? `${long[3]}-${String(month).padStart(2, '0')}-${(long[1] ?? '').padStart(2, '0')}`
    : text;
  return (long === null || month > 0) && isCalendarDate(iso) ? iso : undefined;
}
