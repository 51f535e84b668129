import { describe, expect, it } from 'vitest';
import {
  CARD_GAP,
  lineBoxAt,
  lineHeightPixels,
  placeCard,
  VIEWPORT_MARGIN,
  type CardPlacementInput,
} from '@/lib/highlights/card-placement';

const viewport = { width: 1000, height: 700 };
const card = { width: 240, height: 80 };
/** A highlight 18 px tall in a paragraph whose lines are 28 px apart. */
const lineAt = (top: number) => ({ left: 300, top, right: 380, bottom: top + 18 });

/** The vertical span a placed card covers. */
function coverage(input: CardPlacementInput) {
  const { top } = placeCard(input);
  return { top, bottom: top + input.card.height };
}

describe('placeCard', () => {
  it('puts the card above the highlighted line when there is room, clear of it', () => {
    const input = { line: lineAt(400), lineHeight: 28, x: 320, card, viewport };
    const placed = placeCard(input);
    expect(placed.side).toBe('above');
    expect(coverage(input).bottom).toBeLessThanOrEqual(400 - CARD_GAP);
  });

  it('puts it below, past the next line, when the line is near the top of the window', () => {
    const line = lineAt(30);
    const input = { line, lineHeight: 28, x: 320, card, viewport };
    const placed = placeCard(input);
    expect(placed.side).toBe('below');
    // The next line's text ends one line height below the highlighted text.
    expect(coverage(input).top).toBeGreaterThanOrEqual(line.bottom + 28 + CARD_GAP);
  });

  it('clears the next line even when the line height is unknown (taken as the text height)', () => {
    const line = lineAt(30);
    expect(placeCard({ line, lineHeight: 0, x: 0, card, viewport }).top).toBeGreaterThanOrEqual(
      line.bottom + 18 + CARD_GAP,
    );
  });

  it('never covers the highlighted line, wherever the line is', () => {
    for (let top = 0; top <= viewport.height - 18; top += 7) {
      const line = lineAt(top);
      const span = coverage({ line, lineHeight: 28, x: 320, card, viewport });
      const overlaps = span.top < line.bottom && line.top < span.bottom;
      expect(overlaps, `line at ${top}`).toBe(false);
    }
  });

  it('keeps the highlight readable when the window is too short for either side', () => {
    const short = { width: 1000, height: 170 };
    const line = lineAt(50);
    const placed = placeCard({ line, lineHeight: 28, x: 320, card, viewport: short });
    expect(placed.side).toBe('over-next-line');
    expect(placed.top).toBeGreaterThanOrEqual(line.bottom);
  });

  it('stays inside a window shorter than the card and the line together', () => {
    const tiny = { width: 1000, height: 90 };
    const placed = placeCard({ line: lineAt(40), lineHeight: 28, x: 320, card, viewport: tiny });
    expect(placed).toMatchObject({ side: 'cramped', top: VIEWPORT_MARGIN });
  });

  it('keeps the card inside the window horizontally', () => {
    expect(placeCard({ line: lineAt(400), lineHeight: 28, x: 990, card, viewport }).left).toBe(
      viewport.width - card.width - VIEWPORT_MARGIN,
    );
    expect(placeCard({ line: lineAt(400), lineHeight: 28, x: -20, card, viewport }).left).toBe(
      VIEWPORT_MARGIN,
    );
  });
});

describe('lineBoxAt', () => {
  // A mention wrapped over two lines: its end on the first, its start on the second.
  const first = { left: 600, top: 100, right: 700, bottom: 118 };
  const second = { left: 40, top: 128, right: 90, bottom: 146 };

  it('takes the line the pointer is on', () => {
    expect(lineBoxAt([first, second], 135)).toEqual(second);
  });

  it('takes the first line without a pointer', () => {
    expect(lineBoxAt([first, second], null)).toEqual(first);
  });

  it('joins the pieces of one line (a mention across inline elements)', () => {
    const piece = { left: 700, top: 101, right: 740, bottom: 117 };
    expect(lineBoxAt([first, piece, second], 110)).toEqual({ left: 600, top: 100, right: 740, bottom: 118 });
  });

  it('has nothing for a range with no boxes', () => {
    expect(lineBoxAt([], 10)).toBeNull();
  });
});

describe('lineHeightPixels', () => {
  it('reads a pixel line height and estimates `normal` from the font size', () => {
    expect(lineHeightPixels('25.6px', '16px')).toBe(25.6);
    expect(lineHeightPixels('normal', '20px')).toBe(24);
    expect(lineHeightPixels('normal', '')).toBe(0);
  });
});
