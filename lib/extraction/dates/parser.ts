import { en, type ParsedResult } from 'chrono-node';
import { noonOf } from './calendar';

/** Built once: chrono's English casual parser ("today", "last week", "on Wednesday", "7 May 2023"). */
const parser = en.casual.clone();

/** A fixed reference when the publication date is unknown; only dates with their own year are kept then. */
const NO_REFERENCE = noonOf(0);

/** "night of 3 May", "early hours of Sunday": chrono misreads the lead, so it is blanked (same length). */
const TIME_OF_DAY_LEAD = /\b(?:night|morning|evening|afternoon|early hours|dawn|dusk)\s+of\s+/gi;

/**
 * Chrono's matches in `text.slice(start, end)`. forwardDate stays off: news reports the past,
 * and the past-leaning rules in resolve() decide the rest.
 */
export function parseWindow(
  text: string,
  start: number,
  end: number,
  published: number | null,
): ParsedResult[] {
  const window = text.slice(start, end).replace(TIME_OF_DAY_LEAD, (lead) => ' '.repeat(lead.length));
  const instant = published === null ? NO_REFERENCE : noonOf(published);
  return parser.parse(window, { instant, timezone: 0 }, { forwardDate: false });
}
