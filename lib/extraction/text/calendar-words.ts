import enText from '../../data/lexicon/en/text.json';
import { indexedBy } from '../lexicon/indexed-by';
import { foldWord } from './fold';
import type { TextLexicon } from '../lexicon/lexicon';

/**
 * English month names (folded), for the readers of English dates outside the extractor: a page's
 * published date, a CSV's date cells. The extractor itself reads `doc.lexicon.text`.
 */
export const MONTH_NAMES: readonly string[] = enText.months;

/** Month and weekday names, folded like tokens: they start with a capital but are neither places nor actors. */
export const calendarWords = indexedBy(
  (text: TextLexicon): ReadonlySet<string> => new Set([...text.months, ...text.weekdays].map(foldWord)),
);
