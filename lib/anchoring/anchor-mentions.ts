/**
 * Anchor many TextQuoteSelectors (mentions found in the captured article text) to DOM Ranges in
 * the live page. DOM only, no extension APIs.
 *
 * Cost: the page text and its search text are built once per page (see PageIndex). Items are
 * expected in article order: a cursor follows the last anchored match, and each item is looked
 * for first just after it (the usual case: one indexOf and a context check), then in a window
 * around where it should be (cursor + the distance between the items' `hint`s in the article),
 * so an unchanged page costs about O(page + items), and a changed one O(page + items × window).
 * Whole-page exact scans and approximate scans, needed only for items that moved or changed,
 * draw on a shared budget (see `matchBudgetFor`), so even 2,000 orphans cannot hang the page.
 */
import type { TextQuoteSelector } from '../schema/selector';
import {
  type MatchBudget,
  type SearchText,
  DEFAULT_WINDOW_RADIUS,
  findInSearchText,
  matchBudgetFor,
  searchTextOf,
  toOriginalSpan,
} from './match-quote';
import { alignArticle, alignedSpan, type ArticleAlignment } from './article-alignment';
import { quoteSelectorFor } from './quote-selector';
import { rangeFromTextMap, staticRangeFromTextMap, textMapOf, type TextMap } from './text-position';

export interface AnchorItem {
  id: string;
  selector: TextQuoteSelector;
  /** Where the quote starts in the article text (the mention's `start`); used for the cursor. */
  hint?: number;
}

export interface Anchored {
  id: string;
  /** Offsets into `textContentOf(root)`. */
  start: number;
  end: number;
  /** 0..1 match quality (1: exact quote and context). */
  score: number;
  /** A live Range over the match, made on first use (thousands of live Ranges are slow to make). */
  readonly range: Range;
  /** A StaticRange over the match: cheap, for painting highlights. */
  staticRange(): StaticRange;
}

function anchoredAt(map: TextMap, id: string, start: number, end: number, score: number): Anchored {
  let live: Range | undefined;
  return {
    id,
    start,
    end,
    score,
    get range() {
      live ??= rangeFromTextMap(map, start, end);
      return live;
    },
    staticRange: () => staticRangeFromTextMap(map, start, end),
  };
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

/** A page's text, ready for anchoring: build it once, reuse it while the page is unchanged. */
export interface PageIndex {
  map: TextMap;
  search: SearchText;
}

export function pageIndexOf(root: Node): PageIndex {
  const map = textMapOf(root);
  return { map, search: searchTextOf(map.text) };
}

/**
 * Anchor `items` under `root`; pass `index` when the page's index is already built (see
 * PageWatch). Whole-page and approximate searches draw on `budget`, which is left with what they
 * did not use (so a caller, or a test, can see how much searching the items took).
 */
export function anchorQuotes(
  root: Element,
  items: readonly AnchorItem[],
  index: PageIndex = pageIndexOf(root),
  budget: MatchBudget = matchBudgetFor(index.search.text.length, items.length),
): AnchorResult {
  const { map, search } = index;
  const anchored: Anchored[] = [];
  const orphans: Orphan[] = [];

  // The cursor: where the last anchored item matched (search-text offsets) and where it was in the article.
  let cursor: number | undefined;
  let cursorEnd: number | undefined;
  let cursorHint: number | undefined;
  let cursorHintEnd: number | undefined;

  for (const item of items) {
    // Before the first match, the item's own hint stands in for the distance from the start.
    const from = cursor ?? 0;
    const base = cursor === undefined ? 0 : cursorHint;
    const delta = item.hint !== undefined && base !== undefined ? item.hint - base : 0;
    const known = cursor !== undefined || item.hint !== undefined;
    // The search text has no white space, so article distances overestimate a little.
    const expected = known
      ? Math.max(0, Math.min(search.text.length, from + Math.round(delta * 0.85)))
      : undefined;
    const radius = DEFAULT_WINDOW_RADIUS + Math.ceil(Math.abs(delta) / 4);
    const match = findInSearchText(search.text, item.selector, expected, {
      windowRadius: radius,
      budget,
      // After the last match, unless this item lies inside the last one in the article
      // ("Yarmouk" in "Yarmouk camp"): then from its start, or a later repeat of the same words
      // would be taken.
      from: nestedIn(item, cursorHint, cursorHintEnd) ? cursor : cursorEnd,
    });
    if (!match) {
      orphans.push({ id: item.id, selector: item.selector });
      continue;
    }
    const { start, end } = toOriginalSpan(search, match.start, match.end);
    anchored.push(anchoredAt(map, item.id, start, end, match.score));
    cursor = match.start;
    cursorEnd = match.end;
    cursorHint = item.hint;
    cursorHintEnd = item.hint === undefined ? undefined : item.hint + item.selector.exact.length;
  }
  return { anchored, orphans };
}

/** Whether an item starts inside the previous item's stretch of the article. */
function nestedIn(item: AnchorItem, previousStart?: number, previousEnd?: number): boolean {
  return (
    item.hint !== undefined &&
    previousStart !== undefined &&
    previousEnd !== undefined &&
    item.hint >= previousStart &&
    item.hint < previousEnd
  );
}

/** A stretch of an article text, by offsets. */
export interface SpanItem {
  id: string;
  start: number;
  end: number;
}

/**
 * Anchor stretches of an article text that was captured from this very page: those in lines
 * aligned with the page (see alignArticle) are placed at once; the others are searched for by
 * their quotes like any stored selector.
 */
export function anchorArticleSpans(
  root: Element,
  text: string,
  items: readonly SpanItem[],
  index: PageIndex = pageIndexOf(root),
  alignment: ArticleAlignment = alignArticle(text, index.search),
): AnchorResult {
  const anchored: Anchored[] = [];
  const rest: AnchorItem[] = [];
  // Compared once: two equal 60 kB strings from different sources take a full scan to compare.
  const aligned = alignment.text === text;
  for (const item of items) {
    const span = aligned ? alignedSpan(alignment, item.start, item.end) : null;
    if (span) {
      const { start, end } = toOriginalSpan(index.search, span.start, span.end);
      anchored.push(anchoredAt(index.map, item.id, start, end, 1));
    } else {
      rest.push({ id: item.id, selector: quoteSelectorFor(text, item.start, item.end), hint: item.start });
    }
  }
  const searched = anchorQuotes(root, rest, index);
  return { anchored: [...anchored, ...searched.anchored], orphans: searched.orphans };
}
