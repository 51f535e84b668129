/** Month and weekday names (folded), which start with a capital but are neither places nor actors. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);
