/** Anchoring: mentions in the captured article text <-> DOM Ranges in the live page. Pure DOM code. */
export {
  anchorQuotes,
  type AnchorItem,
  type AnchorResult,
  type Anchored,
  type Orphan,
} from './anchor-mentions';
export {
  findInSearchText,
  matchBudgetFor,
  matchQuote,
  searchTextOf,
  stripIgnorable,
  toOriginalSpan,
  toSearchOffset,
  type MatchBudget,
  type QuoteMatch,
  type SearchText,
} from './match-quote';
export { DEFAULT_QUOTE_CONTEXT, quoteSelectorFor } from './quote-selector';
export {
  offsetsFromRange,
  offsetsFromRangeIn,
  rangeFromOffsets,
  rangeFromTextMap,
  textContentOf,
  textMapOf,
  type TextMap,
} from './text-position';
