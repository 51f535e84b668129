import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_HOST_ATTRIBUTE } from '@/lib/highlights/page-overlay';
import { boxesInShadow, highlightNamesInPage, KIND_FILLS, type Box } from './support/page-highlights';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { openAndAnalyse } from './support/session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromiumWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A highlighted place's box, and the bottom of the text on the next line of its paragraph. */
interface Target {
  line: Box;
  nextLineBottom: number;
}

/**
 * Scroll the page so that a highlighted place that is not on the last line of its paragraph has
 * its top `fromTop` pixels below the top of the window, and return where it then is.
 */
async function scrollPlaceTo(page: Page, fromTop: number): Promise<Target | null> {
  const name = (await page.evaluate(highlightNamesInPage, KIND_FILLS)).place ?? '';
  return page.evaluate(
    ({ name, fromTop }) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])].map((painted) => {
        const { startContainer, startOffset, endContainer, endOffset } = painted as AbstractRange;
        const range = document.createRange();
        range.setStart(startContainer, startOffset);
        range.setEnd(endContainer, endOffset);
        return range;
      });
      for (const range of ranges) {
        const paragraph = range.startContainer.parentElement?.closest('p');
        if (range.getClientRects().length !== 1 || !paragraph) continue;
        window.scrollBy(0, range.getBoundingClientRect().top - fromTop);
        const rect = range.getBoundingClientRect();
        // The page may be too short to scroll this one where it was asked: try the next.
        if (Math.abs(rect.top - fromTop) > 1) continue;
        // The paragraph's text boxes on the first line below the place's line.
        const whole = document.createRange();
        whole.selectNodeContents(paragraph);
        const after = [...whole.getClientRects()].filter(
          (r) => r.top > rect.top + rect.height / 2 && r.height > 0,
        );
        const nextTop = Math.min(...after.map((r) => r.top));
        if (!after.length) continue;
        return {
          line: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
          nextLineBottom: Math.max(...after.filter((r) => r.top < nextTop + 1).map((r) => r.bottom)),
        };
      }
      return null;
    },
    { name, fromTop },
  );
}

/** The hover card's box, or null while it is hidden (it is in the overlay's closed shadow root). */
async function cardBox(cdp: CDPSession): Promise<Box | null> {
  const [card] = await boxesInShadow(cdp, OVERLAY_HOST_ATTRIBUTE, 'card');
  return card ?? null;
}

/** Close any card with Escape, then move the pointer onto the middle of `line` (its card shows). */
async function hover(page: Page, cdp: CDPSession, line: Box): Promise<Box> {
  await page.keyboard.press('Escape');
  await expect.poll(() => cardBox(cdp)).toBeNull();
  await page.mouse.move((line.left + line.right) / 2, (line.top + line.bottom) / 2, { steps: 3 });
  await expect.poll(() => cardBox(cdp)).not.toBeNull();
  return (await cardBox(cdp)) as Box;
}

describe('Chromium: the hover card of a highlight', () => {
  it('covers neither the highlighted line nor the line after it', async () => {
    const { page, status } = await openAndAnalyse(browser, server, `/corpus/${REVIEW_PAGES.first}.html`);
    expect(status.state).toBe('captured');
    await page.setViewportSize({ width: 1000, height: 600 });
    const cdp = await browser.context.newCDPSession(page);

    // Mid-window: room above, so the card sits above the highlighted line.
    const middle = await scrollPlaceTo(page, 300);
    if (!middle) throw new Error('no highlighted place with a line after it');
    const above = await hover(page, cdp, middle.line);
    expect(above.bottom).toBeLessThanOrEqual(middle.line.top);

    // Near the top of the window: no room above, so below, past the next line.
    const top = await scrollPlaceTo(page, 20);
    if (!top) throw new Error('no highlighted place with a line after it');
    const below = await hover(page, cdp, top.line);
    expect(below.top).toBeGreaterThanOrEqual(top.nextLineBottom);

    await cdp.detach();
    await page.close();
  });
});
