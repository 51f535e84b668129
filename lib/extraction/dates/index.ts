export { findDates } from './find-dates';
export { isFuture, isHistory, HISTORY_DAYS } from './background';
export type { DateMention } from './types';
