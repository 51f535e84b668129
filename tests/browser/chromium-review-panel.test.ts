import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boxOfWords, privateBoxes } from './support/page-highlights';
import { groupByEvidence, reviewOrder } from '@/lib/review/group-proposals';
import type { ConflictEvent, TabStatus } from '@/lib/schema';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { dump, openAndAnalyse as openIn, panelFor as panelIn } from './support/session';
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

// The corpus page with the most proposals (67 events from 36 sentences when this was written):
// the scale at which the panel used to grow to 20,000 px.
const BUSIEST = `/corpus/${REVIEW_PAGES.second}.html`;

const openAndAnalyse = (pathname: string) => openIn(browser, server, pathname);
const panelFor = (status: TabStatus) => panelIn(browser, status);

const articleIdOf = (status: TabStatus) => (status.state === 'captured' ? status.articleId : '');

async function eventsOf(page: Page, status: TabStatus): Promise<ConflictEvent[]> {
  return (await dump(page)).events.filter((e) => e.articleId === articleIdOf(status));
}

/** The listed cards' event ids, in the panel's order. */
const listedIds = (panel: Page) =>
  panel
    .locator('.event-card')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.eventId ?? ''));

const focusedId = (panel: Page) =>
  panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

describe('Chromium: reviewing many proposals in the side panel', () => {
  it('lists the busiest page by sentence, each quoted once, the likeliest first', async () => {
    const { page, status } = await openAndAnalyse(BUSIEST);
    const panel = await panelFor(status);
    await panel.locator('.event-card').first().waitFor();
    const events = await eventsOf(page, status);
    const order = reviewOrder(events);
    expect(order.likely.length).toBeGreaterThan(10);

    // One quote per sentence, and the events under it are the ones read from that sentence.
    const groups = await panel.locator('.evidence-group').evaluateAll((all) =>
      all.map((g) => ({
        quote: g.querySelector(':scope > .evidence')?.textContent ?? '',
        ids: [...g.querySelectorAll<HTMLElement>('.event-card')].map((c) => c.dataset.eventId ?? ''),
        confidences: [...g.querySelectorAll<HTMLElement>('.event-card')].map((c) =>
          Number(c.dataset.confidence),
        ),
      })),
    );
    expect(groups.length).toBe(order.likely.length);
    expect(groups.length).toBeLessThan(events.length);
    expect(await panel.locator('.evidence').count()).toBe(groups.length);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const group of groups) {
      for (const id of group.ids) expect(byId.get(id)?.evidence.text).toBe(group.quote);
      // Within a group, highest confidence first.
      expect(group.confidences).toEqual([...group.confidences].sort((a, b) => b - a));
    }
    // Groups by their best event, highest first.
    const bests = groups.map((g) => g.confidences[0] ?? 0);
    expect(bests).toEqual([...bests].sort((a, b) => b - a));
    expect(await listedIds(panel)).toEqual(order.likely.flatMap((g) => g.events.map((e) => e.id)));

    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${events.length} events in ${groups.length} groups: the panel is ${height} px tall`);
    await panel.screenshot({ path: 'tests/artifacts/review-panel-grouped-chromium.png' });
    await panel.close();
    await page.close();
  });

  it('keeps the keyboard review across groups, saying each decision on its own card', async () => {
    const { page, status } = await openAndAnalyse(BUSIEST);
    const panel = await panelFor(status);
    await panel.locator('.event-card').nth(2).waitFor();
    const ids = await listedIds(panel);
    const stored = async (id: string | undefined) => (await eventsOf(page, status)).find((e) => e.id === id);
    const card = (id: string | undefined) => panel.locator(`.event-card[data-event-id="${id}"]`);
    // The first card of the second group: the keyboard crosses into it as into the next card.
    const firstGroupSize = await panel.locator('.evidence-group').first().locator('.event-card').count();
    const crossing = ids[firstGroupSize];

    await card(ids[0]).focus();
    await panel.keyboard.press('c');
    await expect.poll(async () => (await stored(ids[0]))?.status).toBe('confirmed');
    await expect.poll(() => card(ids[0]).getByRole('status').textContent()).toBe('Confirmed.');
    // The message sits in the card, beside its Undo button, and nowhere else in the panel.
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Confirmed.' }).count()).toBe(1);
    expect(
      await card(ids[0])
        .getByRole('status')
        .evaluate((s) => s.parentElement?.querySelector('[aria-keyshortcuts="U"]')?.textContent),
    ).toBe('Undo');
    expect(await focusedId(panel)).toBe(ids[1]);

    for (let i = 1; i < firstGroupSize; i++) await panel.keyboard.press('j');
    expect(await focusedId(panel)).toBe(crossing);
    await panel.keyboard.press('r');
    await expect.poll(async () => (await stored(crossing))?.status).toBe('rejected');
    await expect.poll(() => card(crossing).getByRole('status').textContent()).toBe('Rejected.');
    await expect.poll(() => card(ids[0]).getByRole('status').textContent()).toBe('');

    // Undo where it was done, and the keyboard goes back through the groups.
    await panel.keyboard.press('Home');
    expect(await focusedId(panel)).toBe(ids[0]);
    await panel.keyboard.press('u');
    await expect.poll(async () => (await stored(ids[0]))?.status).toBe('proposed');
    await panel.close();
    await page.close();
  });

  it('folds the corrections and the article text until asked for', async () => {
    const { page, status } = await openAndAnalyse(BUSIEST);
    const panel = await panelFor(status);
    await panel.locator('.article-title').waitFor();
    const corrections = panel.getByRole('button', { name: 'Correct the highlights' });
    const article = panel.getByRole('button', { name: 'Article details and text' });
    expect(await corrections.getAttribute('aria-expanded')).toBe('false');
    expect(await article.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.getByLabel('They name the place').count()).toBe(0);
    expect(await panel.locator('.article-text').count()).toBe(0);
    // No event's editor is open before the user asks for one.
    expect(await panel.getByRole('form', { name: 'Edit event' }).count()).toBe(0);

    await corrections.click();
    await article.click();
    expect(await corrections.getAttribute('aria-expanded')).toBe('true');
    await panel.getByLabel('They name the place').waitFor();
    await panel.locator('.article-text').waitFor();
    await panel.close();
    await page.close();
  });

  it('merges two events told sentences apart into one quoting just the two, found again in the page', async () => {
    const { page, status } = await openAndAnalyse(BUSIEST);
    const panel = await panelFor(status);
    await panel.locator('.event-card').first().waitFor();
    const text = (await dump(page)).articles.find((a) => a.id === articleIdOf(status))?.text ?? '';
    const proposed = (await eventsOf(page, status)).filter(
      (e) => e.status === 'proposed' && e.evidence.selector && e.id.startsWith('e-'),
    );
    // The first sentence with a proposal, and the next one with a sentence or more between them.
    const [first] = [...proposed].sort((a, b) => a.evidence.start - b.evidence.start);
    const second = proposed
      .filter((e) => first && text.slice(first.evidence.end, e.evidence.start).trim().length > 0)
      .sort((a, b) => a.evidence.start - b.evidence.start)[0];
    if (!first || !second) throw new Error('the page has no two proposals sentences apart');
    const pick = (event: ConflictEvent) =>
      panel
        .locator(`.event-card[data-event-id="${event.id}"]`)
        .getByRole('checkbox', { name: 'Select for merging' })
        .check();
    await pick(second);
    await pick(first);
    await panel.getByRole('button', { name: 'Merge the 2 picked events' }).click();

    const joined = `${first.evidence.text} … ${second.evidence.text}`;
    await expect
      .poll(async () => (await eventsOf(page, status)).find((e) => e.evidence.text === joined)?.evidence)
      .toMatchObject({
        start: first.evidence.start,
        end: first.evidence.end,
        selector: { exact: first.evidence.text },
      });
    const merged = (await eventsOf(page, status)).find((e) => e.evidence.text === joined);
    await expect.poll(() => focusedId(panel)).toBe(merged?.id);
    const card = panel.locator(`.event-card[data-event-id="${merged?.id}"]`);
    await expect.poll(() => card.getByRole('status').textContent()).toMatch(/^Merged from the two events/);
    await expect.poll(() => card.locator('.own-evidence').textContent()).toBe(joined);

    // The page finds the merged event's evidence by its anchor, the first sentence.
    await page.bringToFront();
    await card.getByRole('button', { name: 'Show in page' }).click();
    // The flash (in the extension's closed layer) starts on the first sentence's line.
    const firstWords = first.evidence.text.slice(0, 24);
    await expect
      .poll(async () => {
        const [flash] = await privateBoxes(browser.context, page, 'focus');
        const words = await boxOfWords(page, firstWords);
        return flash && words
          ? Math.abs(flash.top - words.top) < 1 && Math.abs(flash.left - words.left) < 1
          : false;
      })
      .toBe(true);
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Shown in the page.');
    await panel.close();
    await page.close();
  });

  it('folds the least likely proposals, and the keyboard goes into them only once they are shown', async () => {
    const { page, status } = await openAndAnalyse(BUSIEST);
    const events = await eventsOf(page, status);
    // The corpus pages propose nothing below the threshold: lower the last two sentences' proposals
    // (in the panel's order) in the stored log, as a weaker reading would have stored them.
    const groups = reviewOrder(events).likely.filter((g) => g.events.every((e) => e.status === 'proposed'));
    const weakened = groups.slice(-2).flatMap((g) => g.events.map((e) => e.id));
    expect(weakened.length).toBeGreaterThanOrEqual(2);
    const panel = await panelFor(status);
    await panel.locator('.event-card').first().waitFor();
    await panel.evaluate(lowerConfidence, { ids: weakened, confidence: 0.45 });
    await panel.reload();
    await panel.locator('.event-card').first().waitFor();

    const fold = panel.getByRole('button', { name: /less likely proposals?$/ });
    expect(await fold.textContent()).toBe(`${weakened.length} less likely proposals`);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    const shown = await listedIds(panel);
    expect(shown.filter((id) => weakened.includes(id))).toEqual([]);
    expect(shown.length).toBe(events.length - weakened.length);

    const lastLikely = shown.at(-1);
    await panel.locator('.event-card').first().focus();
    await panel.keyboard.press('End');
    expect(await focusedId(panel)).toBe(lastLikely);
    await panel.keyboard.press('ArrowDown'); // the fold is closed: nowhere further to go
    expect(await focusedId(panel)).toBe(lastLikely);

    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    const all = await listedIds(panel);
    expect(all.slice(-weakened.length).sort()).toEqual([...weakened].sort());
    await panel.locator(`.event-card[data-event-id="${lastLikely}"]`).focus();
    await panel.keyboard.press('ArrowDown');
    expect(await focusedId(panel)).toBe(all[shown.length]);
    // Events grouped by sentence in the fold too: one quote per weakened sentence.
    const weakEvents = events.filter((e) => weakened.includes(e.id));
    expect(await panel.locator('.less-likely .evidence-group').count()).toBe(
      groupByEvidence(weakEvents).length,
    );
    await panel.close();
    await page.close();
  });
});

/**
 * Runs in the side panel page (the extension's origin, where the log's IndexedDB lives): sets the
 * confidence of some stored events. Analysing the page again restores the extractor's values.
 */
async function lowerConfidence({ ids, confidence }: { ids: string[]; confidence: number }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('conflict-reader');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = db.transaction('eventBatches', 'readwrite');
  const store = transaction.objectStore('eventBatches');
  const batches = await new Promise<{ events: { id: string; confidence: number }[] }[]>((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (const batch of batches) {
    const mine = batch.events.filter((e) => ids.includes(e.id));
    for (const event of mine) event.confidence = confidence;
    if (mine.length) store.put(batch);
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}
