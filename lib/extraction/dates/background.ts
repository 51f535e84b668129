import { dayNumber, lastOfMonth } from './calendar';
import type { DateMention } from './types';

/** How long before publication a date can end and still be news rather than history. */
export const BACKGROUND_DAYS = 30;

/**
 * True when the whole period a date names ended more than 30 days before publication ("since
 * March 2011"): history, which the event proposer must not code as a new event. False when the
 * publication date is unknown.
 */
export function isBackground(mention: Pick<DateMention, 'date'>, publishedAt: string | null): boolean {
  const published = publishedAt === null ? null : dayNumber(publishedAt);
  const day = dayNumber(mention.date.iso);
  if (published === null || day === null) return false;
  const periodEnd =
    mention.date.precision === 1 ? day : mention.date.precision === 2 ? day + 6 : lastOfMonth(day);
  return published - periodEnd > BACKGROUND_DAYS;
}

/** True when the date starts after publication ("talks next week"): a plan, not an event. */
export function isFuture(mention: Pick<DateMention, 'date'>, publishedAt: string | null): boolean {
  const published = publishedAt === null ? null : dayNumber(publishedAt);
  const day = dayNumber(mention.date.iso);
  return published !== null && day !== null && day > published;
}
