import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabStatus } from '@/lib/schema';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, waitForBridge, type ChromiumWithExtension } from './support/chromium';
import { ask, dump, openAndAnalyse as openIn, panelFor } from './support/session';
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

const openAndAnalyse = (pathname: string) => openIn(browser, server, pathname);

/** The tab's status as the background stored it (what the side panel shows). */
async function statusOf(page: Page, tabId: number): Promise<TabStatus | undefined> {
  return (await dump(page)).tabStatuses.find((s) => s.tabId === tabId);
}

/** The mention highlights' ranges: how many, and how many lie in the document's current body. */
function paintedRanges(page: Page): Promise<{ all: number; inBody: number }> {
  return page.evaluate(() => {
    // Every highlight in the test page is the extension's (their names are random).
    const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]);
    return {
      all: ranges.length,
      inBody: ranges.filter((range) => document.body.contains(range.startContainer)).length,
    };
  });
}

describe('Chromium: pages that change under their highlights', () => {
  it('paints again in a body the page puts in, and reports what the new body lacks', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.first}.html`);
    if (status.state !== 'captured' || !status.highlights) throw new Error('analysis failed');
    const { painted } = status.highlights;
    expect(painted).toBeGreaterThan(0);
    expect(await paintedRanges(page)).toEqual({ all: painted, inBody: painted });

    // A single-page app renders the same article into a new body.
    await page.evaluate(() => {
      document.body = document.body.cloneNode(true) as HTMLElement;
    });
    await expect.poll(() => paintedRanges(page)).toEqual({ all: painted, inBody: painted });
    await expect
      .poll(async () => {
        const now = await statusOf(page, status.tabId);
        return now?.state === 'captured' ? now.highlights : null;
      })
      .toMatchObject({ painted, orphans: 0, paintedAt: expect.any(Number) as number });

    // Then one with only the article's first paragraph: the status must say the rest is missing.
    await page.evaluate(() => {
      const fresh = document.createElement('body');
      fresh.append(document.querySelector('p')?.cloneNode(true) ?? '');
      document.documentElement.replaceChild(fresh, document.body);
    });
    await expect
      .poll(async () => {
        const now = await statusOf(page, status.tabId);
        return now?.state === 'captured' ? (now.highlights?.orphans ?? 0) : 0;
      })
      .toBeGreaterThan(0);
    const after = await statusOf(page, status.tabId);
    if (after?.state !== 'captured' || !after.highlights) throw new Error('the status was lost');
    expect(after.highlights.painted + after.highlights.orphans).toBe(painted);
    expect(await paintedRanges(page)).toEqual({
      all: after.highlights.painted,
      inBody: after.highlights.painted,
    });
    await page.close();
  });

  it('never shows the article of a page the tab left during the analysis', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/generated/leaves-when-read.html'));
    await waitForBridge(page);
    // The page follows a link once it has been read (see generated-pages.ts); the analysis's
    // answer never comes back to it.
    const leaving = page.waitForURL('**/generated/no-article.html');
    void ask(page, 'analyse').catch(() => undefined);
    await leaving;
    await waitForBridge(page);
    const analysed = server.url('/generated/leaves-when-read.html');
    const statusOfTab = async () =>
      (await dump(page)).tabStatuses.find((s) => s.url === analysed || s.url === page.url());
    await expect.poll(async () => (await statusOfTab())?.state).not.toBe('capturing');
    const status = await statusOfTab();
    expect(status).toMatchObject({ state: 'failed', reason: 'navigated', url: page.url() });
    // The article read was saved all the same.
    expect((await dump(page)).articles.map((a) => a.url)).toContain(analysed);

    if (!status) return;
    const panel = await panelFor(browser, status);
    await panel.getByText(/went to another page/).waitFor();
    expect(await panel.getByText('A report the reader leaves').count()).toBe(0);
    await panel.close();
    await page.close();
  }, 120_000);

  it('says nothing more of an article once its tab has loaded another page', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.second}.html`);
    if (status.state !== 'captured') throw new Error('analysis failed');
    const panel = await panelFor(browser, status);
    await panel.locator('.event-card').first().waitFor();

    await page.goto(server.url(`/corpus/${REVIEW_PAGES.third}.html`));
    await waitForBridge(page);
    await expect.poll(async () => (await statusOf(page, status.tabId))?.state ?? 'none').toBe('none');
    await panel.getByRole('button', { name: 'Analyse this page' }).waitFor();
    expect(await panel.locator('.event-card').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
