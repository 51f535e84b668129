/** Stretches of the text by character offsets, and lookups over lists sorted by their start. */

export interface Span {
  start: number;
  end: number;
}

const startOfSpan = (item: Span) => item.start;

/**
 * The first index whose start is at or after `offset`, in items sorted by start (binary search);
 * `startOf` reads an item's start (a span's own by default).
 */
export function firstAtOrAfter<Item>(
  items: readonly Item[],
  offset: number,
  startOf: (item: Item) => number = startOfSpan as (item: Item) => number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid] as Item) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items wholly inside a span, from items sorted by start. */
export function within<Item extends Span>(items: readonly Item[], span: Span): Item[] {
  const found: Item[] = [];
  for (let i = firstAtOrAfter(items, span.start); i < items.length; i++) {
    const item = items[i] as Item;
    if (item.start >= span.end) break;
    if (item.end <= span.end) found.push(item);
  }
  return found;
}
