import { DEFAULT_LANGUAGE, lexiconFor } from '../lexicon/lexicon';

/**
 * The place stop words of the default lexicon (`stopwords` in lib/data/lexicon/en/places.json),
 * for the gazetteer build, which drops them as one-word keys. The finder reads its article's
 * lexicon instead.
 */
export const PLACE_STOPWORDS: ReadonlySet<string> = new Set(lexiconFor(DEFAULT_LANGUAGE).places.stopwords);
