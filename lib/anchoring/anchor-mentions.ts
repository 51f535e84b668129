/**
 * Anchor many TextQuoteSelectors (mentions found in the captured article text) to DOM Ranges in
 * the live page. DOM only, no extension APIs.
 *
 * Cost: the page text and its search text are built once per call (linear in the page). Items
 * are expected in article order: a cursor follows the last anchored match, and each item is
 * looked for first in a window around where it should be (cursor + the distance between the
 * items' `hint`s in the article), so an unchanged page costs about O(page + items × window).
 * Whole-page exact scans and approximate scans, needed only for items that moved or changed,
 * draw on a shared budget (see `matchBudgetFor`), so even 2,000 orphans cannot hang the page.
 */
import type { TextQuoteSelector } from '../schema/selector';
import {
  DEFAULT_WINDOW_RADIUS,
  findInSearchText,
  matchBudgetFor,
  searchTextOf,
  toOriginalSpan,
} from './match-quote';
import { rangeFromTextMap, textMapOf } from './text-position';

export interface AnchorItem {
  id: string;
  selector: TextQuoteSelector;
  /** Where the quote starts in the article text (the mention's `start`); used for the cursor. */
  hint?: number;
}

export interface Anchored {
  id: string;
  range: Range;
  /** Offsets into `textContentOf(root)`. */
  start: number;
  end: number;
  /** 0..1 match quality (1: exact quote and context). */
  score: number;
}

export interface Orphan {
  id: string;
  selector: TextQuoteSelector;
}

export interface AnchorResult {
  anchored: Anchored[];
  /** Items that could not be placed; every item ends up in exactly one of the two lists. */
  orphans: Orphan[];
}

export function anchorQuotes(root: Element, items: readonly AnchorItem[]): AnchorResult {
  const map = textMapOf(root);
  const search = searchTextOf(map.text);
  const budget = matchBudgetFor(search.text.length, items.length);
  const anchored: Anchored[] = [];
  const orphans: Orphan[] = [];

  // The cursor: where the last anchored item matched (search-text offset) and its article hint.
  let cursor: number | undefined;
  let cursorHint: number | undefined;

  for (const item of items) {
    let expected: number | undefined;
    let radius = DEFAULT_WINDOW_RADIUS;
    if (cursor !== undefined) {
      const delta = item.hint !== undefined && cursorHint !== undefined ? item.hint - cursorHint : 0;
      // The search text has no white space, so article distances overestimate a little.
      expected = Math.max(0, Math.min(search.text.length, cursor + Math.round(delta * 0.85)));
      radius += Math.ceil(Math.abs(delta) / 4);
    }
    const match = findInSearchText(search.text, item.selector, expected, { windowRadius: radius, budget });
    if (!match) {
      orphans.push({ id: item.id, selector: item.selector });
      continue;
    }
    const { start, end } = toOriginalSpan(search, match.start, match.end);
    anchored.push({ id: item.id, range: rangeFromTextMap(map, start, end), start, end, score: match.score });
    cursor = match.start;
    cursorHint = item.hint;
  }
  return { anchored, orphans };
}
