/**
 * Where a captured article's text sits in the page it was captured from. Pure: no DOM.
 *
 * The article text is the page's own text, cleaned by Readability: the same words in the same
 * order, minus the page's chrome, with white space normalised. So each of its lines is usually
 * found verbatim in the page's search text (white space removed, see `searchTextOf`), in order,
 * and a mention inside an aligned line needs no quote search at all: its place in the page
 * follows from its offsets. Lines that were changed or are too short to place with confidence
 * stay unaligned; their mentions are found by their quotes instead (see anchorArticleSpans).
 */
import { stripIgnorable, isIgnorable, type SearchText } from './match-quote';

/** Lines shorter than this (without white space) could match the page in the wrong place. */
export const MIN_ALIGNED_LINE = 12;

export interface ArticleAlignment {
  /** The article text aligned. */
  text: string;
  /**
   * For each character of `text`, its offset in the page's search text, or -1 where its line
   * is not aligned. White space, absent from the search text, gets the offset of what follows.
   */
  toSearch: Int32Array;
}

export function alignArticle(text: string, search: SearchText): ArticleAlignment {
  const toSearch = new Int32Array(text.length).fill(-1);
  let cursor = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const stripped = stripIgnorable(line[0]);
    if (stripped.length < MIN_ALIGNED_LINE) continue;
    // In order first; a line the capture moved (a caption, a pull quote) may sit earlier.
    let at = search.text.indexOf(stripped, cursor);
    if (at === -1) at = search.text.indexOf(stripped);
    if (at === -1) continue;
    if (at >= cursor) cursor = at + stripped.length;
    let position = at;
    for (let i = line.index; i < line.index + line[0].length; i++) {
      toSearch[i] = position;
      if (!isIgnorable(text.charCodeAt(i))) position++;
    }
  }
  return { text, toSearch };
}

/** The search-text span of `text.slice(start, end)`, or null when it is not (wholly) aligned. */
export function alignedSpan(
  alignment: ArticleAlignment,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const { toSearch } = alignment;
  if (start < 0 || end > toSearch.length || end <= start) return null;
  const first = toSearch[start] as number;
  const last = toSearch[end - 1] as number;
  if (first < 0 || last < 0) return null;
  // Both ends in one aligned line: its characters map one to one, so the span is exact.
  const spanEnd = last + (isIgnorable(alignment.text.charCodeAt(end - 1)) ? 0 : 1);
  return spanEnd > first && !/\n/.test(alignment.text.slice(start, end))
    ? { start: first, end: spanEnd }
    : null;
}
