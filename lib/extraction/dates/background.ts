import { dayNumber } from './calendar';
import type { DateMention } from './types';

/** Dates that start further back than this before publication are history, not the news reported. */
export const HISTORY_DAYS = 31;

/**
 * True when a date starts more than a month before publication ("in March 2011", "last year"):
 * history, which the event proposer must not code as a new event. False when the publication
 * date is unknown.
 */
export function isHistory(mention: Pick<DateMention, 'date'>, publishedAt: string | null): boolean {
  const published = publishedAt === null ? null : dayNumber(publishedAt);
  const day = dayNumber(mention.date.iso);
  return published !== null && day !== null && published - day > HISTORY_DAYS;
}

/** True when the date starts after publication ("talks next week"): a plan, not an event. */
export function isFuture(mention: Pick<DateMention, 'date'>, publishedAt: string | null): boolean {
  const published = publishedAt === null ? null : dayNumber(publishedAt);
  const day = dayNumber(mention.date.iso);
  return published !== null && day !== null && day > published;
}
