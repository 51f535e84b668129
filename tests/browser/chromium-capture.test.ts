import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TabStatusSchema, type Article, type TabStatus } from '@/lib/schema';
import { MENTION_KIND_NAMES, type MentionKind } from '@/lib/schema/mention-kind';
import { collapseWhitespace, corpusPageIds, readGold } from '../support/corpus';
import { highlightNamesInPage, KIND_FILLS, privateBoxes } from './support/page-highlights';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, waitForBridge, type ChromiumWithExtension } from './support/chromium';
import { ask, DumpSchema, openAndAnalyse as openIn, panelFor as panelIn } from './support/session';
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
const panelFor = (status: TabStatus) => panelIn(browser, status);

async function storedArticles(page: Page): Promise<Article[]> {
  return DumpSchema.parse(await ask(page, 'dump')).articles;
}

/** How many ranges each kind's highlight holds, read from the page's own highlight registry. */
async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      Object.fromEntries(
        Object.entries(names).map(([kind, name]) => [kind, CSS.highlights.get(name)?.size ?? 0]),
      ),
    await page.evaluate(highlightNamesInPage, KIND_FILLS),
  );
}

/**
 * Everything page script can read of the highlight registry: each name, and the text under each
 * range (StaticRanges have no toString).
 */
function readableHighlights(page: Page): Promise<{ name: string; texts: string[] }[]> {
  return page.evaluate(() =>
    [...CSS.highlights].map(([name, highlight]) => ({
      name,
      texts: [...highlight].map((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      }),
    })),
  );
}

/**
 * The text under each range of the named highlights (StaticRanges, which have no toString; an
 * offset the page's text no longer reaches is clamped, so stale ranges show as wrong text).
 */
async function textsUnder(page: Page, kinds: MentionKind[]): Promise<string[][]> {
  const byKind = await page.evaluate(highlightNamesInPage, KIND_FILLS);
  const names = kinds.map((kind) => byKind[kind] ?? '');
  return page.evaluate(
    (highlightNames) =>
      highlightNames.map((name) =>
        [...(CSS.highlights.get(name) ?? [])].map((painted) => {
          const { startContainer, startOffset, endContainer, endOffset } = painted as AbstractRange;
          const range = document.createRange();
          range.setStart(startContainer, Math.min(startOffset, startContainer.textContent?.length ?? 0));
          range.setEnd(endContainer, Math.min(endOffset, endContainer.textContent?.length ?? 0));
          return range.toString();
        }),
      ),
    names,
  );
}

describe('Chromium: capturing the corpus pages', () => {
  for (const id of corpusPageIds()) {
    it(`captures and stores ${id} as its gold file describes`, async () => {
      const gold = readGold(id);
      const { page, status } = await openAndAnalyse(`/corpus/${id}.html`);
      expect(status.state).toBe('captured');
      if (status.state !== 'captured') return;

      const article = (await storedArticles(page)).find((a) => a.id === status.articleId);
      expect(article).toBeDefined();
      if (!article) return;
      expect(article.title).toBe(gold.page.title);
      expect(article.siteName).toBe(gold.page.siteName);
      expect(article.publishedAt?.slice(0, 10)).toBe(gold.page.publishedAt);
      expect(collapseWhitespace(article.text).startsWith(collapseWhitespace(gold.page.firstSentence))).toBe(
        true,
      );
      expect(article.text).toContain('\n\n');

      const panel = await panelFor(status);
      await expect.poll(() => panel.locator('.article-title').textContent()).toBe(gold.page.title);
      await expect.poll(() => panel.getByText('Article captured and saved.').count()).toBe(1);
      if (id === REVIEW_PAGES.first)
        await panel.screenshot({ path: 'tests/artifacts/side-panel-chromium.png' });
      await panel.close();
      await page.close();
    });
  }

  it('lists every captured article on the event-log page', async () => {
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html#/articles'));
    for (const id of corpusPageIds()) {
      await expect.poll(() => log.getByText(readGold(id).page.title, { exact: true }).count()).toBe(1);
    }
    await log.close();
  });

  it('credits GeoNames and the other data sources in the about box', async () => {
    const about = await browser.context.newPage();
    await about.goto(browser.extensionUrl('log.html#/about'));
    await expect.poll(() => about.getByRole('link', { name: 'GeoNames' }).count()).toBe(1);
    await expect.poll(() => about.getByText(/Creative Commons Attribution 4\.0/).count()).toBeGreaterThan(0);
    await about.close();
  });
});

describe('Chromium: highlights and event review', () => {
  it('anchors the highlights again when the page changes under them (a live blog)', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.first}.html`);
    if (status.state !== 'captured' || !status.highlights) throw new Error('analysis failed');
    const highlightedTexts = () => textsUnder(page, [...MENTION_KIND_NAMES]);
    const before = await highlightedTexts();
    // Every paragraph gains a label in front, inside its own text: old offsets now point elsewhere.
    await page.evaluate(() => {
      for (const paragraph of document.querySelectorAll('p')) {
        const text = [...paragraph.childNodes].find(
          (n): n is Text => n instanceof Text && n.data.trim() !== '',
        );
        if (text) text.data = `Updated 10:42 — ${text.data}`;
      }
    });
    await expect.poll(highlightedTexts).toEqual(before);
    // The side panel hears of it: the tab's status carries the new highlights.
    await expect
      .poll(async () => {
        const { tabStatuses } = DumpSchema.parse(await ask(page, 'dump'));
        const now = tabStatuses.find((s) => s.tabId === status.tabId);
        return now?.state === 'captured' ? now.highlights?.paintedAt : null;
      })
      .toBeGreaterThan(status.highlights.paintedAt);
    await page.close();
  });

  for (const id of corpusPageIds()) {
    it(`highlights every mention found in ${id}, with no orphans on the unchanged page`, async () => {
      const { page, status } = await openAndAnalyse(`/corpus/${id}.html`);
      expect(status.state).toBe('captured');
      if (status.state !== 'captured') return;
      expect(status.problem).toBeNull();
      // Every page names places; how many the extractor finds is for `npm run eval` to judge.
      expect(status.extraction?.counts.place).toBeGreaterThan(0);
      expect(status.highlights).toMatchObject({
        painted: Object.values(status.extraction?.counts ?? {}).reduce((a, b) => a + b, 0),
        orphans: 0,
      });
      expect(await highlightCounts(page)).toEqual(status.extraction?.counts);
      if (id === REVIEW_PAGES.first)
        await page.screenshot({ path: 'tests/artifacts/highlighted-page-chromium.png' });
      await page.close();
    });
  }

  it('stores an event the user confirms in the side panel', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.first}.html`);
    const panel = await panelFor(status);
    const firstCard = panel.locator('.event-card').first();
    await firstCard.waitFor();
    const eventId = await firstCard.getAttribute('data-event-id');
    await firstCard.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(
        async () => DumpSchema.parse(await ask(page, 'dump')).events.find((e) => e.id === eventId)?.status,
      )
      .toBe('confirmed');
    await expect.poll(() => firstCard.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    await panel.screenshot({ path: 'tests/artifacts/side-panel-events-chromium.png' });
    await panel.close();
    await page.close();
  });
});

/** The texts the page's place highlight covers. */
async function highlightedPlaces(page: Page): Promise<string[]> {
  return (await textsUnder(page, ['place']))[0] ?? [];
}

describe('Chromium: editing an event', () => {
  it('makes an event from a selected sentence, and merges two events into one', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.third}.html`);
    const panel = await panelFor(status);
    await panel.locator('.event-card').nth(1).waitFor();
    const events = async () => DumpSchema.parse(await ask(page, 'dump')).events;

    const sentence = 'this base was used by Iranian experts';
    await selectWords(page, sentence);
    await panel.getByRole('button', { name: 'New event from the selection' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Added an event' }).count()).toBe(1);
    const made = (await events()).find((e) => e.id.startsWith('u-') && e.evidence.text.includes(sentence));
    expect(made).toMatchObject({
      status: 'proposed',
      articleId: status.state === 'captured' ? status.articleId : '',
    });
    await expect
      .poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId))
      .toBe(made?.id);

    // Pick two events with the keyboard and merge them.
    const cards = panel.locator('.event-card');
    const [first, second] = await cards.evaluateAll((all) =>
      all.slice(0, 2).map((c) => (c as HTMLElement).dataset.eventId ?? ''),
    );
    await cards.first().focus();
    await panel.keyboard.press('m');
    await panel.keyboard.press('j');
    await panel.keyboard.press('m');
    await panel.getByRole('button', { name: 'Merge the 2 picked events' }).click();
    await expect
      .poll(async () =>
        (await events()).filter((e) => e.id === first || e.id === second).map((e) => e.status),
      )
      .toEqual(['rejected', 'rejected']);
    const merged = (await events()).filter((e) => e.id.startsWith('u-') && e.id !== made?.id);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.notes).toBe('');
    await panel.close();
    await page.close();
  });

  it('reviews events with the keyboard alone', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.second}.html`);
    const panel = await panelFor(status);
    const cards = panel.locator('.event-card');
    await cards.nth(2).waitFor();
    const ids = await cards.evaluateAll((all) => all.map((c) => (c as HTMLElement).dataset.eventId ?? ''));
    const stored = async (id: string | undefined) =>
      DumpSchema.parse(await ask(page, 'dump')).events.find((e) => e.id === id)?.status;

    await cards.first().focus();
    await panel.keyboard.press('c'); // confirm, and move on
    await expect.poll(() => stored(ids[0])).toBe('confirmed');
    await panel.keyboard.press('r'); // reject the second
    await expect.poll(() => stored(ids[1])).toBe('rejected');
    await panel.keyboard.press('ArrowUp');
    await panel.keyboard.press('ArrowUp');
    await panel.keyboard.press('u'); // undo the first
    await expect.poll(() => stored(ids[0])).toBe('proposed');
    await expect
      .poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId))
      .toBe(ids[0]);

    await panel.keyboard.press('e');
    const editor = cards.first().getByRole('form', { name: 'Edit event' });
    await editor.waitFor();
    await editor.getByLabel('Killed').focus();
    await panel.keyboard.type('3'); // typing in the editor is not a shortcut
    await panel.keyboard.press('Enter'); // submits the form
    await expect.poll(() => editor.count()).toBe(0);
    await expect
      .poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId))
      .toBe(ids[0]);
    await panel.close();
    await page.close();
  });

  it('edits fields in place and stores them', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.third}.html`);
    const panel = await panelFor(status);
    const card = panel.locator('.event-card').first();
    await card.waitFor();
    const eventId = await card.getAttribute('data-event-id');
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Type', { exact: true }).selectOption('Violence against civilians');
    await card.getByLabel('Sub-type').selectOption('Attack');
    await card.getByLabel('Killed').fill('7');
    await card.getByLabel('Notes').fill('Toll from the local council.');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => DumpSchema.parse(await ask(page, 'dump')).events.find((e) => e.id === eventId))
      .toMatchObject({
        eventType: 'Violence against civilians',
        subEventType: 'Attack',
        fatalities: 7,
        notes: 'Toll from the local council.',
      });
    await expect.poll(() => card.getByText('Toll from the local council.').count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('suggests places from the gazetteer and actors from the dictionary, with coordinates and types', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.second}.html`);
    const panel = await panelFor(status);
    const card = panel.locator('.event-card').nth(1);
    await card.waitFor();
    const eventId = await card.getAttribute('data-event-id');
    await card.getByRole('button', { name: 'Edit' }).click();

    const placeInput = card.getByLabel('Place');
    await placeInput.fill('Alepp');
    const aleppo = card.locator('datalist option[value^="Aleppo, "]').first();
    await aleppo.waitFor({ state: 'attached' });
    await placeInput.fill((await aleppo.getAttribute('value')) ?? '');

    const actorInput = card.getByLabel('Actor 2', { exact: true });
    await actorInput.fill('Tahrir');
    const hts = card.locator('datalist option[value="Hayat Tahrir al-Sham"]');
    await hts.waitFor({ state: 'attached' });
    await actorInput.fill('Hayat Tahrir al-Sham');
    await card.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(async () => DumpSchema.parse(await ask(page, 'dump')).events.find((e) => e.id === eventId))
      .toMatchObject({
        location: { name: 'Aleppo', country: 'SY', geoPrecision: 1 },
        actor2: { canonical: 'Hayat Tahrir al-Sham', inter: 2 },
      });
    const { events } = DumpSchema.parse(await ask(page, 'dump'));
    const location = events.find((e) => e.id === eventId)?.location;
    expect(location?.lat).toBeCloseTo(36.2, 0);
    expect(location?.lon).toBeCloseTo(37.15, 0);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: corrections', () => {
  it('a correction made on one page changes the highlights on another', async () => {
    const { first, second } = REVIEW_PAGES;
    const other = await openAndAnalyse(`/corpus/${second}.html`);
    expect(await highlightedPlaces(other.page)).toContain('Damascus');

    const { page, status } = await openAndAnalyse(`/corpus/${first}.html`);
    expect(await highlightedPlaces(page)).toContain('Damascus');
    await selectWords(page, 'Damascus');
    const panel = await panelFor(status);
    await panel.getByRole('button', { name: 'Correct the highlights' }).click();
    await panel.getByRole('button', { name: 'Not a place' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Learned' }).count()).toBe(1);
    // Applied at once to this page…
    await expect.poll(async () => (await highlightedPlaces(page)).includes('Damascus')).toBe(false);
    // …and to the other page when it is analysed again.
    TabStatusSchema.parse(await ask(other.page, 'analyse'));
    expect(await highlightedPlaces(other.page)).not.toContain('Damascus');
    expect((await highlightedPlaces(other.page)).length).toBeGreaterThan(5);
    await panel.close();
    await page.close();
    await other.page.close();
  });

  it('teaches that words name a place picked from the gazetteer, with its coordinates', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.third}.html`);
    // Words the extractor did not take for a place: the user says they name one.
    const words = 'ultimatum';
    expect(await highlightedPlaces(page)).not.toContain(words);
    await selectWords(page, words);
    const panel = await panelFor(status);
    await panel.getByRole('button', { name: 'Correct the highlights' }).click();
    const input = panel.getByLabel('They name the place');
    await input.fill('Kharki');
    const kharkiv = panel.locator('#teach-place-options option[value^="Kharkiv, "]').first();
    await kharkiv.waitFor({ state: 'attached' });
    await input.fill((await kharkiv.getAttribute('value')) ?? '');
    await panel.getByRole('button', { name: 'Set place' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Learned' }).count()).toBe(1);
    // Highlighted where page script cannot read it: what the user taught is theirs to know.
    await expect
      .poll(async () => (await privateBoxes(browser.context, page, 'place')).length)
      .toBeGreaterThan(0);
    expect((await readableHighlights(page)).flatMap((h) => h.texts)).not.toContain(words);
    const { corrections } = DumpSchema.parse(await ask(page, 'dump'));
    const taught = corrections.find((c) => c.surface === words);
    expect(taught).toMatchObject({ action: 'add-place-alias', place: { name: 'Kharkiv', country: 'UA' } });
    expect(taught?.action === 'add-place-alias' && taught.place.lat).toBeCloseTo(50, 0);
    await panel.close();
    await page.close();
  });
  it('teaches that words are a number, with its range and category, and highlights them as one', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.third}.html`);
    const words = 'a number of';
    const numbers = async () => (await textsUnder(page, ['number']))[0] ?? [];
    expect(await numbers()).not.toContain(words);
    await selectWords(page, words);
    const panel = await panelFor(status);
    await panel.getByRole('button', { name: 'Correct the highlights' }).click();
    await panel.locator('#teach-number-low').fill('3');
    await panel.locator('#teach-number-high').fill('10');
    await panel.locator('#teach-number-category').selectOption('killed');
    await panel.locator('#teach-number-vague').check();
    await panel.getByRole('button', { name: 'Add number' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Learned' }).count()).toBe(1);
    await expect
      .poll(async () => (await privateBoxes(browser.context, page, 'number')).length)
      .toBeGreaterThan(0);
    expect(await numbers()).not.toContain(words);
    const { corrections } = DumpSchema.parse(await ask(page, 'dump'));
    expect(corrections.find((c) => c.surface === words)).toMatchObject({
      action: 'add-number-alias',
      number: { value: null, low: 3, high: 10, vague: true, category: 'killed' },
    });
    await panel.close();
    await page.close();
  });
});

/** Select the first occurrence of `words` in the page's article, as the user would. */
function selectWords(page: Page, words: string): Promise<void> {
  return page.evaluate((target) => {
    const walker = document.createTreeWalker(
      document.querySelector('article') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`${target} is not in the page`);
  }, words);
}

describe('Chromium: corrections on the event-log page', () => {
  it('lists the corrections, edits one and deletes them', async () => {
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html#/corrections'));
    const item = log.getByRole('listitem').filter({ hasText: '“Damascus” is not a place' });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => log.getByText('“ultimatum” is the place Kharkiv').count()).toBe(1);
    await expect
      .poll(() => log.getByText('“a number of” is the number 3–10 (vague), category killed').count())
      .toBe(1);

    await item.getByRole('button', { name: /Edit/ }).click();
    const editor = log.getByRole('form', { name: 'Edit the correction of “Damascus”' });
    await editor.getByLabel('They').selectOption('actor');
    await editor.getByLabel('Actor', { exact: true }).fill('Tahrir');
    await editor.locator('datalist option[value="Hayat Tahrir al-Sham"]').waitFor({ state: 'attached' });
    await editor.getByLabel('Actor', { exact: true }).fill('Hayat Tahrir al-Sham');
    await editor.getByRole('button', { name: 'Save' }).click();
    const edited = log
      .getByRole('listitem')
      .filter({ hasText: '“Damascus” is the actor Hayat Tahrir al-Sham' });
    await expect.poll(() => edited.count()).toBe(1);

    await edited.getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => edited.count()).toBe(0);
    await log.getByRole('button', { name: 'Delete the correction of “ultimatum”' }).click();
    await log.getByRole('button', { name: 'Delete the correction of “a number of”' }).click();
    await expect.poll(() => log.getByText('No corrections yet').count()).toBe(1);
    await log.close();
  });
});

describe('Chromium: returning to a page with confirmed events', () => {
  it('marks confirmed events again after a reload, and reports one whose sentence was edited away', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.first}.html`);
    const articleId = status.state === 'captured' ? status.articleId : '';
    const confirmed = DumpSchema.parse(await ask(page, 'dump')).events.find(
      (e) => e.status === 'confirmed' && e.articleId === articleId,
    );
    expect(confirmed).toBeDefined();
    if (!confirmed) return;

    await page.reload();
    await waitForBridge(page);
    const again = TabStatusSchema.parse(await ask(page, 'analyse'));
    expect(again.state === 'captured' && again.highlights?.confirmedOrphans).toEqual([]);
    // Marked for the reader, in the closed layer; nothing page script reads holds the sentence.
    expect((await privateBoxes(browser.context, page, 'confirmed')).length).toBeGreaterThan(0);
    const readable = await readableHighlights(page);
    expect(readable.flatMap((h) => h.texts).join(' ')).not.toContain(confirmed.evidence.text);
    for (const { name } of readable) expect(name).not.toMatch(/conflict|reader|confirm|place|actor/i);

    // The outlet edits the sentence after the user confirmed the event.
    await page.evaluate(
      (start) => {
        for (const p of document.querySelectorAll('p')) {
          if (p.textContent?.includes(start))
            p.textContent = 'This paragraph was rewritten by the outlet after publication.';
        }
      },
      confirmed.evidence.text.slice(0, 40),
    );
    const edited = TabStatusSchema.parse(await ask(page, 'analyse'));
    expect(edited.state === 'captured' && edited.highlights?.confirmedOrphans).toEqual([confirmed.id]);
    const panel = await panelFor(edited);
    const card = panel.locator(`[data-event-id="${confirmed.id}"]`);
    await expect.poll(() => card.getByRole('note').textContent()).toMatch(/no longer in the page/);
    // The quote is shown once, above the events read from its sentence.
    const quote = panel.locator(`.evidence-group:has([data-event-id="${confirmed.id}"]) > .evidence`);
    await expect.poll(() => quote.textContent()).toBe(confirmed.evidence.text);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: going from an event to its evidence', () => {
  it('scrolls the page to the evidence sentence and flashes it', async () => {
    const { page, status } = await openAndAnalyse(`/corpus/${REVIEW_PAGES.second}.html`);
    const panel = await panelFor(status);
    const lastCard = panel.locator('.event-card').last();
    await lastCard.waitFor();
    // The quote is shown once, above the events read from its sentence.
    const lastId = await lastCard.getAttribute('data-event-id');
    const quote = panel.locator(`.evidence-group:has([data-event-id="${lastId}"]) > .evidence`);
    const evidence = (await quote.textContent()) ?? '';
    // The article's tab is the visible one, beside the panel, as when reading.
    await page.bringToFront();
    await lastCard.getByRole('button', { name: 'Show in page' }).click();
    // Flashed in the closed layer (which sentence the reader looks at is theirs to know), and the
    // page scrolls (smoothly) until it is on screen.
    await expect
      .poll(async () => {
        const [top] = (await privateBoxes(browser.context, page, 'focus')).map((box) => box.top);
        return top !== undefined && top >= 0 && top < 900;
      })
      .toBe(true);
    expect((await readableHighlights(page)).flatMap((h) => h.texts)).not.toContain(evidence);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: a hostile page', () => {
  it('shows its markup as text and cannot reach the extension’s data or UI', async () => {
    const { page, status } = await openAndAnalyse('/generated/hostile.html');
    expect(status.state).toBe('captured');
    const panel = await panelFor(status);
    await panel.getByRole('button', { name: 'Article details and text' }).click();
    await panel.locator('.article-text').waitFor();
    const text = (await panel.locator('.article-text').textContent()) ?? '';
    expect(text).toContain('<img src=x onerror="window.__pwned=true">');
    expect(text).toContain('<script>window.__pwned=true</script>');
    expect(await panel.locator('.article-text img, .article-text script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(false);
    const probe = await page.evaluate(() =>
      (
        window as unknown as {
          __probe: () => Promise<{ overlayShadow: boolean | null; databases: string[]; runtime: boolean }>;
        }
      ).__probe(),
    );
    // The legend's shadow root is closed, the database lives in the extension's origin, and the
    // page has no extension messaging of its own.
    expect(probe).toEqual({ overlayShadow: true, databases: [], runtime: false });
    await panel.close();
    await page.close();
  });
});

describe('Chromium: bad input gets a clear message and loses nothing', () => {
  it('offers the selection instead on a page with no article, and captures the selection', async () => {
    const before = (await storedArticles((await openAndAnalyse('/generated/no-article.html')).page)).length;
    const { page, status } = await openAndAnalyse('/generated/no-article.html');
    expect(status).toMatchObject({ state: 'failed', reason: 'no-article', canUseSelection: true });

    const panel = await panelFor(status);
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/doesn.t look like an article/i);
    await expect.poll(() => panel.getByRole('button', { name: 'Analyse selected text' }).count()).toBe(1);
    await panel.close();

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main') ?? document.body);
      window.getSelection()?.addRange(range);
    });
    const selection = TabStatusSchema.parse(await ask(page, 'analyse-selection'));
    expect(selection.state).toBe('captured');
    const articles = await storedArticles(page);
    expect(articles.find((a) => a.origin === 'selection')?.text).toContain('Forgot your password?');
    expect(articles.length).toBe(before + 1);
    await page.close();
  });

  it('gives up on a page that freezes, with a message, instead of reading it forever', async () => {
    // Test builds wait 15 s for the page (release builds 20 s); the page stays locked for 25 s.
    const { page, status } = await openAndAnalyse('/generated/frozen.html');
    expect(status).toMatchObject({ state: 'failed', reason: 'unresponsive' });
    const panel = await panelFor(status);
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/did not answer .* frozen/);
    await expect.poll(() => panel.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('reports an empty page without storing anything', async () => {
    const { page, status } = await openAndAnalyse('/generated/empty.html');
    expect(status).toMatchObject({ state: 'failed', reason: 'empty-page' });
    if (status.state === 'failed') expect(status.message.length).toBeGreaterThan(10);
    await page.close();
  });

  // How fast is for `npm run bench:page` to report: a test never fails on a measured time.
  it('captures a 5 MB page', async () => {
    const { page, status } = await openAndAnalyse('/generated/huge.html');
    const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(status.state).toBe('captured');
    if (status.state !== 'captured') return;
    console.log(`5 MB page (${bytes} chars) captured in ${status.captureMs.toFixed(0)} ms in Chromium`);
    await page.close();
  });

  it('distrusts a published date in the future and falls back to the next source', async () => {
    const { page, status } = await openAndAnalyse('/generated/future-date.html');
    expect(status.state).toBe('captured');
    const article = (await storedArticles(page)).find((a) => a.title.includes('date from the future'));
    expect(article?.publishedAt?.slice(0, 10)).toBe('2024-03-05');
    expect(article?.warnings.join(' ')).toMatch(/future/);
    await page.close();
  });

  it('ignores an unparseable published date with a warning', async () => {
    const { page, status } = await openAndAnalyse('/generated/unparseable-date.html');
    expect(status.state).toBe('captured');
    const article = (await storedArticles(page)).find((a) => a.title.includes('meaningless date'));
    expect(article?.publishedAt).toBeNull();
    expect(article?.warnings.length).toBeGreaterThan(0);
    await page.close();
  });

  it('captures a page with broken HTML', async () => {
    const { page, status } = await openAndAnalyse('/generated/broken-html.html');
    expect(status.state).toBe('captured');
    await page.close();
  });

  it('kept every corpus article through all of the above', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/generated/empty.html'));
    await waitForBridge(page);
    const titles = (await storedArticles(page)).map((a) => a.title);
    for (const id of corpusPageIds()) expect(titles).toContain(readGold(id).page.title);
    await page.close();
  });
});
