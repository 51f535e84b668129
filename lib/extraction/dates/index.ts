export { findDates } from './find-dates';
export { resolveEventDate, precedingEventDate } from './event-date';
export { isBackground, isFuture, BACKGROUND_DAYS } from './background';
export type { DateMention, DateReference } from './types';
