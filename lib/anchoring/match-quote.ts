/**
 * Find a TextQuoteSelector's quote in a text: pure string matching, no DOM.
 *
 * The quote and its context come from the captured article text, which collapses white space
 * and puts "\n\n" between paragraphs; the page's text content has newlines and indentation
 * instead, and often nothing at all between two blocks (`<p>a</p><p>b</p>` reads "ab"). So all
 * matching is done on a *search text*: the haystack with every white-space (and invisible
 * formatting) character removed, plus a map from each search-text character back to the
 * original. The quote, prefix and suffix are stripped the same way.
 *
 * Order of work, cheapest first:
 * 1. exact occurrences in a window around the hint;
 * 2. if none of those is convincing, exact occurrences anywhere (native `indexOf`);
 * 3. if no exact occurrence is acceptable, an approximate search (approx-string-match, Myers'
 *    bit-parallel algorithm) allowing up to a quarter of the quote's length in edits
 *    (capped at {@link MAX_FUZZY_ERRORS}), only within a bounded window around the hint.
 *
 * Every candidate is scored like hypothesis/client does: similarity of the quote (weight 50),
 * of the prefix (20) and of the suffix (20), and closeness to the hint (2, a tie-breaker).
 * Candidates scoring under {@link MIN_SCORE} are refused: an exact quote whose context agrees on
 * neither side is most likely another mention of the same name.
 *
 * Bounds (what keeps a long page from hanging):
 * - the approximate search scans at most {@link MAX_FUZZY_WINDOW} search-text characters per
 *   call (around the hint; without a hint, the start of the text), at a cost of about
 *   ceil(errors / 32) word operations per character;
 * - at most 256 candidates are scored per quote, each in O(context length);
 * - callers anchoring many quotes share a {@link MatchBudget} capping the total characters
 *   scanned by whole-text exact searches and by approximate searches; once it is spent, only
 *   the window around the hint is searched, exactly.
 */
import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../schema/selector';

/** Largest number of edits allowed in an approximate match of the quote. */
export const MAX_FUZZY_ERRORS = 16;
/** Share of the (stripped) quote length that may be edits in an approximate match. */
export const FUZZY_ERROR_RATIO = 0.25;
/** Candidates under this score (0..1) are not matches. */
export const MIN_SCORE = 0.6;
/** An exact match in the hint window scoring this much is taken without searching further. */
export const GOOD_SCORE = 0.85;
/** Default radius, in search-text characters, of the window searched around a hint. */
export const DEFAULT_WINDOW_RADIUS = 2048;
/** Most search-text characters one approximate search scans (the window is cut to this). */
export const MAX_FUZZY_WINDOW = 65_536;
/** Most candidates scored for one quote (the ones nearest the hint win a place). */
const MAX_CANDIDATES = 256;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface QuoteMatch {
  /** Offsets into the haystack (`haystack.slice(start, end)` is the matched text). */
  start: number;
  end: number;
  /** 0..1; 1 is the exact quote with its exact context at the hint. */
  score: number;
}

/** A haystack prepared for matching: white space removed, with a map back to the original. */
export interface SearchText {
  original: string;
  /** The original without white space or invisible formatting characters. */
  text: string;
  /** `toOriginal[i]` is the original offset of `text[i]`; `toOriginal[text.length]` is `original.length`. */
  toOriginal: Uint32Array;
}

/** Total work allowed across many matches (characters scanned); shared and decremented. */
export interface MatchBudget {
  /** Characters left for whole-text exact searches. */
  exactChars: number;
  /** Characters left for approximate searches. */
  fuzzyChars: number;
}

export interface FindOptions {
  /** Radius of the window around the hint (search-text characters). */
  windowRadius?: number;
  /**
   * Where the previous quote of a sequence starts (search-text offset), when quotes are anchored
   * in page order: the first occurrence from there with its exact context is taken at once.
   */
  from?: number;
  budget?: MatchBudget;
}

/** A match in search-text offsets. */
export interface SearchMatch {
  start: number;
  end: number;
  score: number;
  errors: number;
}

/** White space (ASCII, no-break and Unicode spaces, line separators) and invisible formatting characters. */
export function isIgnorable(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xad || // soft hyphen
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || // spaces, zero-width space and joiners
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What {@link isIgnorable} accepts, as a regular expression (native replacement is much faster). */
const IGNORABLE_RUN =
  /[\t\n\v\f\r \u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** Remove what {@link isIgnorable} ignores. */
export function stripIgnorable(text: string): string {
  return text.replace(IGNORABLE_RUN, '');
}

/** Prepare a haystack once; reuse it for every quote searched in it. */
export function searchTextOf(original: string): SearchText {
  const toOriginal = new Uint32Array(original.length + 1);
  const parts: string[] = [];
  let length = 0;
  let kept = 0; // start of the current run of kept characters
  const keep = (end: number) => {
    if (end <= kept) return;
    parts.push(original.slice(kept, end));
    for (let i = kept; i < end; i++) toOriginal[length++] = i;
  };
  for (const run of original.matchAll(IGNORABLE_RUN)) {
    keep(run.index);
    kept = run.index + run[0].length;
  }
  keep(original.length);
  toOriginal[length] = original.length;
  return { original, text: parts.join(''), toOriginal: toOriginal.subarray(0, length + 1) };
}

/** The search-text offset of the first kept character at or after original offset `offset`. */
export function toSearchOffset(search: SearchText, offset: number): number {
  let lo = 0;
  let hi = search.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((search.toOriginal[mid] ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original offsets of the search-text span [start, end) (end just after its last character). */
export function toOriginalSpan(
  search: SearchText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = search.toOriginal[start] ?? search.original.length;
  const originalEnd =
    end > start ? (search.toOriginal[end - 1] ?? search.original.length - 1) + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** A fresh budget proportional to the text being searched. */
export function matchBudgetFor(textLength: number, quotes: number): MatchBudget {
  return {
    // Native indexOf is fast: a few whole-text scans per quote at most, and never past 64M characters.
    exactChars: Math.min(64_000_000, Math.max(4_000_000, textLength * Math.min(quotes, 16))),
    // Myers' algorithm costs ~ceil(errors/32) word operations per character: keep it to ~4M.
    fuzzyChars: 4_000_000,
  };
}

/**
 * Find the quote of `selector` in `haystack`. `hint` is an expected offset into `haystack`.
 * Returns offsets into `haystack`, or `null` when there is no acceptable match.
 */
export function matchQuote(haystack: string, selector: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const search = searchTextOf(haystack);
  const searchHint = hint === undefined ? undefined : toSearchOffset(search, hint);
  const match = findInSearchText(search.text, selector, searchHint);
  if (!match) return null;
  return { ...toOriginalSpan(search, match.start, match.end), score: match.score };
}

/**
 * {@link matchQuote} on an already stripped text (see {@link searchTextOf}); offsets in and out
 * are search-text offsets.
 */
export function findInSearchText(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  hint?: number,
  options: FindOptions = {},
): SearchMatch | null {
  const quote = stripIgnorable(selector.exact);
  if (quote.length === 0 || text.length === 0) return null;
  const prefix = stripIgnorable(selector.prefix);
  const suffix = stripIgnorable(selector.suffix);
  const radius = Math.max(quote.length, options.windowRadius ?? DEFAULT_WINDOW_RADIUS);
  const budget = options.budget;

  const score = (start: number, end: number, errors: number): SearchMatch => {
    const quoteScore = 1 - errors / quote.length;
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, start - prefix.length), start), prefix, 'prefix')
      : 1;
    const suffixScore = suffix ? similarity(text.slice(end, end + suffix.length), suffix, 'suffix') : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(start - hint) / text.length;
    const raw =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    return { start, end, errors, score: raw / TOTAL_WEIGHT };
  };
  const best = (candidates: SearchMatch[]): SearchMatch | null =>
    candidates.reduce<SearchMatch | null>((a, b) => (a === null || b.score > a.score ? b : a), null);

  // 0. On an unchanged page, the next quote of a sequence is the first occurrence from the last one.
  if (hint !== undefined && options.from !== undefined) {
    const lo = Math.max(0, hint - radius);
    const at = text.indexOf(quote, Math.max(lo, options.from));
    if (at !== -1 && at <= hint + radius && contextAgrees(text, at, at + quote.length, prefix, suffix)) {
      return score(at, at + quote.length, 0);
    }
  }

  // 1. Exact, in the window around the hint.
  let exact: SearchMatch | null = null;
  let searchedWhole = false;
  if (hint !== undefined) {
    const lo = Math.max(0, hint - radius);
    const hi = Math.min(text.length, hint + radius + quote.length);
    const starts = exactOccurrences(text, quote, lo, hi, hint).sort(
      (a, b) => Math.abs(a - hint) - Math.abs(b - hint),
    );
    // Fast path (the usual case on an unchanged page): the nearest occurrence with its exact context.
    const perfect = starts.find((s) => contextAgrees(text, s, s + quote.length, prefix, suffix));
    if (perfect !== undefined) return score(perfect, perfect + quote.length, 0);
    exact = best(starts.map((s) => score(s, s + quote.length, 0)));
    searchedWhole = lo === 0 && hi === text.length;
  }
  if (exact && exact.score >= GOOD_SCORE) return exact;

  // 2. Exact, anywhere (within the budget).
  if (!searchedWhole && spend(budget, 'exactChars', text.length)) {
    const all = best(
      exactOccurrences(text, quote, 0, text.length, hint).map((s) => score(s, s + quote.length, 0)),
    );
    if (all && (!exact || all.score > exact.score)) exact = all;
  }
  if (exact && exact.score >= GOOD_SCORE) return exact;

  // 3. Approximate, in a bounded window (within the budget).
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * FUZZY_ERROR_RATIO));
  let fuzzy: SearchMatch | null = null;
  if (maxErrors > 0) {
    const fuzzyRadius = Math.min(radius, MAX_FUZZY_WINDOW / 2);
    const centre = hint ?? 0;
    let lo = Math.max(0, centre - fuzzyRadius);
    const hi = Math.min(text.length, lo + 2 * fuzzyRadius + quote.length);
    lo = Math.max(0, Math.min(lo, hi - 2 * fuzzyRadius - quote.length));
    if (hint === undefined && text.length <= MAX_FUZZY_WINDOW) lo = 0;
    if (spend(budget, 'fuzzyChars', hi - lo)) {
      const matches = approxSearch(text.slice(lo, hi), quote, maxErrors)
        .map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }))
        .filter((m) => m.end > m.start);
      fuzzy = best(nearest(matches, hint).map((m) => score(m.start, m.end, m.errors)));
    }
  }

  const chosen = best([exact, fuzzy].filter((m): m is SearchMatch => m !== null));
  return chosen && chosen.score >= MIN_SCORE ? chosen : null;
}

/** Start offsets of `quote` in `text` with the whole quote inside [lo, hi), nearest the hint first. */
function exactOccurrences(text: string, quote: string, lo: number, hi: number, hint?: number): number[] {
  const starts: number[] = [];
  // Search the window only: indexOf on the whole text would scan to its end for every quote.
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  for (let at = window.indexOf(quote); at !== -1; at = window.indexOf(quote, at + 1)) {
    starts.push(at + lo);
  }
  return nearest(
    starts.map((start) => ({ start })),
    hint,
  ).map((s) => s.start);
}

/** Whether the text around [start, end) is exactly the (stripped) prefix and suffix. */
function contextAgrees(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const prefixAgrees =
    start >= prefix.length ? text.startsWith(prefix, start - prefix.length) : prefix === '';
  return prefixAgrees && text.startsWith(suffix, end);
}

/** At most MAX_CANDIDATES of `items`, the ones nearest the hint (or the first ones without a hint). */
function nearest<T extends { start: number }>(items: T[], hint?: number): T[] {
  if (items.length <= MAX_CANDIDATES) return items;
  if (hint === undefined) return items.slice(0, MAX_CANDIDATES);
  return [...items]
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES);
}

/**
 * 0..1 similarity of `actual` (text beside a candidate) to `expected` (the selector's context).
 * The better of two measures: edit similarity, rescaled so that unrelated prose (which is
 * typically about half edits away) scores 0; and the share of the context that agrees exactly
 * next to the quote (`prefix` side: the end of the strings, `suffix` side: the start), which
 * survives a paragraph the page has and the captured text dropped.
 */
function similarity(actual: string, expected: string, side: 'prefix' | 'suffix'): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const matches = approxSearch(actual, expected, expected.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  const edit = Math.max(0, 1 - (2 * errors) / expected.length);
  let agree = 0;
  const n = Math.min(actual.length, expected.length);
  if (side === 'prefix') {
    while (agree < n && actual[actual.length - 1 - agree] === expected[expected.length - 1 - agree]) agree++;
  } else {
    while (agree < n && actual[agree] === expected[agree]) agree++;
  }
  return Math.max(edit, agree / expected.length);
}

function spend(budget: MatchBudget | undefined, key: keyof MatchBudget, chars: number): boolean {
  if (!budget) return true;
  if (budget[key] < chars) return false;
  budget[key] -= chars;
  return true;
}
