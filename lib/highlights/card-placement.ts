/** A rectangle in viewport pixels, as getBoundingClientRect gives it. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacementInput {
  /** The highlighted text on the line the reader is looking at. */
  line: ViewportBox;
  /** The distance from one line of the paragraph to the next (its CSS line height, in pixels). */
  lineHeight: number;
  /** Where the card's left edge would like to be: the pointer, or the mention's start. */
  x: number;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}

export interface CardPlacement {
  left: number;
  top: number;
  /**
   * `above` the highlighted line, `below` it past the next line, `over-next-line` when the window
   * has no room for either and the card can only avoid the highlight itself, `cramped` when it
   * cannot even do that.
   */
  side: 'above' | 'below' | 'over-next-line' | 'cramped';
}

/** Space kept between the card and the text it must not cover. */
export const CARD_GAP = 6;
/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN = 8;

/**
 * Where the hover card goes so it covers neither the highlighted line nor the line after it (which
 * the reader reads next): above the highlight when there is room, else below with a gap that
 * clears the following line.
 */
export function placeCard({ line, lineHeight, x, card, viewport }: CardPlacementInput): CardPlacement {
  const maxLeft = viewport.width - card.width - VIEWPORT_MARGIN;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(x, maxLeft));
  const maxTop = viewport.height - card.height - VIEWPORT_MARGIN;

  const above = line.top - CARD_GAP - card.height;
  if (above >= VIEWPORT_MARGIN) return { left, top: above, side: 'above' };

  // The next line's text ends one line height below this line's text.
  const belowNextLine = line.bottom + Math.max(lineHeight, line.bottom - line.top) + CARD_GAP;
  if (belowNextLine <= maxTop) return { left, top: belowNextLine, side: 'below' };

  // A window too short for both: keep at least the highlight itself readable…
  const belowLine = line.bottom + CARD_GAP;
  if (belowLine <= maxTop) return { left, top: belowLine, side: 'over-next-line' };
  // …unless the card is taller than any free space: then it stays inside the window.
  return { left, top: Math.max(VIEWPORT_MARGIN, maxTop), side: 'cramped' };
}

/**
 * The part of a (possibly multi-line) mention on the line at height `y`: the union of its client
 * rectangles there, or of those on its first line when `y` is null or outside them all.
 */
export function lineBoxAt(rects: readonly ViewportBox[], y: number | null): ViewportBox | null {
  const first = rects[0];
  if (!first) return null;
  const atY = y === null ? [] : rects.filter((r) => r.top <= y && y <= r.bottom);
  const onLine = atY.length ? atY : rects.filter((r) => r.top < first.bottom && first.top < r.bottom);
  return {
    left: Math.min(...onLine.map((r) => r.left)),
    top: Math.min(...onLine.map((r) => r.top)),
    right: Math.max(...onLine.map((r) => r.right)),
    bottom: Math.max(...onLine.map((r) => r.bottom)),
  };
}

/** A CSS line height in pixels: `normal` is about 1.2 times the font size in common fonts. */
export function lineHeightPixels(lineHeight: string, fontSize: string): number {
  const px = /^([\d.]+)px$/.exec(lineHeight.trim());
  if (px) return Number(px[1]);
  const size = Number.parseFloat(fontSize);
  return Number.isFinite(size) ? size * 1.2 : 0;
}
