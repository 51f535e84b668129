import type { ParsedResult } from 'chrono-node';
import { noonOf } from './calendar';
import type { DateWords } from './date-words';

/** A fixed reference when the publication date is unknown; only dates with their own year are kept then. */
const NO_REFERENCE = noonOf(0);

/**
 * Chrono's matches in `text.slice(start, end)`. forwardDate stays off: news reports the past,
 * and the past-leaning rules in resolve() decide the rest.
 */
export function parseWindow(
  text: string,
  start: number,
  end: number,
  published: number | null,
  words: DateWords,
): ParsedResult[] {
  // "night of 3 May", "early hours of Sunday": chrono misreads the lead, so it is blanked (same length).
  const window = text.slice(start, end).replace(words.timeOfDayLead, (lead) => ' '.repeat(lead.length));
  const instant = published === null ? NO_REFERENCE : noonOf(published);
  return words.chrono.parse(window, { instant, timezone: 0 }, { forwardDate: false });
}
