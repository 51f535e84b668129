import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { z } from 'zod';
import { highlightNamesInPage, KIND_FILLS } from './support/page-highlights';
import { RuntimeMessages } from '@/lib/messaging';
import { ArticleSchema, EventSchema, TabStatusSchema } from '@/lib/schema';
import { collapseWhitespace, corpusPageIds, readGold } from '../support/corpus';
import { REVIEW_PAGES } from './support/review-pages';
import { ask, launchFirefoxWithExtension } from './support/firefox';
import { startTestServer, type TestServer } from './support/test-server';

const DumpSchema = z.object({
  articles: z.array(ArticleSchema),
  events: z.array(EventSchema),
  tabStatuses: z.array(TabStatusSchema),
  panelText: z.string().nullable(),
});

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(pathname));
  await page.waitForSelector('html[data-conflict-reader-test="ready"]', { timeout: 15_000 });
  return page;
}

const analyse = async (page: Page) => TabStatusSchema.parse(await ask(page, 'analyse'));
const dump = async (page: Page) => DumpSchema.parse(await ask(page, 'dump'));

describe('Firefox ESR: capturing the corpus pages', () => {
  for (const id of corpusPageIds()) {
    it(`captures and stores ${id} as its gold file describes`, async () => {
      const gold = readGold(id);
      const page = await open(`/corpus/${id}.html`);
      const status = await analyse(page);
      expect(status.state).toBe('captured');
      if (status.state !== 'captured') return;

      const { articles, panelText } = await dump(page);
      const article = articles.find((a) => a.id === status.articleId);
      expect(article?.title).toBe(gold.page.title);
      expect(article?.siteName).toBe(gold.page.siteName);
      expect(article?.publishedAt?.slice(0, 10)).toBe(gold.page.publishedAt);
      expect(
        collapseWhitespace(article?.text ?? '').startsWith(collapseWhitespace(gold.page.firstSentence)),
      ).toBe(true);
      // The side panel, rendered by the extension itself, shows this tab's article.
      expect(panelText).toContain('Article captured and saved.');
      expect(panelText).toContain(gold.page.title);
      await page.close();
    });
  }
});

describe('Firefox ESR: highlights and event review', () => {
  it('highlights the mentions in a corpus page and stores a confirmed event', async () => {
    const page = await open(`/corpus/${REVIEW_PAGES.first}.html`);
    const status = await analyse(page);
    expect(status.state).toBe('captured');
    if (status.state !== 'captured') return;
    expect(status.problem).toBeNull();
    expect(status.highlights?.orphans).toBe(0);
    const counts = await page.evaluate(
      (names) =>
        Object.fromEntries(
          Object.entries(names).map(([kind, name]) => [kind, CSS.highlights.get(name)?.size ?? 0]),
        ),
      await page.evaluate(highlightNamesInPage, KIND_FILLS),
    );
    expect(counts).toEqual(status.extraction?.counts);
    expect(counts.place).toBeGreaterThan(5);

    const { eventId } = RuntimeMessages['test:confirm-first-event'].response.parse(
      await ask(page, 'confirm-first-event'),
    );
    await expect
      .poll(async () => (await dump(page)).events.find((e) => e.id === eventId)?.status)
      .toBe('confirmed');
    await page.close();
  });
});

describe('Firefox ESR: the event log', () => {
  it('lists a confirmed event, maps it offline, shows it on the timeline and edits it in its row', async () => {
    const page = await open(`/corpus/${REVIEW_PAGES.second}.html`);
    expect((await analyse(page)).state).toBe('captured');
    const { eventId } = RuntimeMessages['test:confirm-first-event'].response.parse(
      await ask(page, 'confirm-first-event'),
    );

    const log = RuntimeMessages['test:check-log'].response.parse(await ask(page, 'check-log'));
    const confirmed = (await dump(page)).events.filter((e) => e.status === 'confirmed');
    expect([...log.rowIds].sort()).toEqual(confirmed.map((e) => e.id).sort());
    expect(log.rowIds).toContain(eventId);
    expect(log.outlines).toBeGreaterThan(100);
    expect(log.markers).toBeGreaterThan(0);
    expect(log.bars).toBeGreaterThan(0);
    expect(confirmed.find((e) => e.id === log.editedId)?.fatalities).toBe(7);
    // The CSV export (written by its worker) holds every confirmed event, with the edit.
    const csv = Papa.parse<Record<string, string>>(log.csv, { header: true, skipEmptyLines: true }).data;
    expect(csv.map((row) => row.event_uid).sort()).toEqual(confirmed.map((e) => e.id).sort());
    expect(csv.find((row) => row.event_uid === log.editedId)?.fatalities).toBe('7');
    // Imported back (read and written by the import's worker), the file adds nothing.
    expect(log.reimport).toMatch(/^Imported 0 new records from exported\.csv/);
    await page.close();
  });
});

describe('Firefox ESR: bad input', () => {
  it('explains a page with no article and offers the selection', async () => {
    const page = await open('/generated/no-article.html');
    expect(await analyse(page)).toMatchObject({
      state: 'failed',
      reason: 'no-article',
      canUseSelection: true,
    });
    const { panelText } = await dump(page);
    expect(panelText).toMatch(/doesn.t look like an article/i);
    expect(panelText).toContain('Analyse selected text');
    await page.close();
  });

  it('reports an empty page and keeps every article stored before', async () => {
    const page = await open('/generated/empty.html');
    expect(await analyse(page)).toMatchObject({ state: 'failed', reason: 'empty-page' });
    const titles = (await dump(page)).articles.map((a) => a.title);
    for (const id of corpusPageIds()) expect(titles).toContain(readGold(id).page.title);
    await page.close();
  });

  it('captures a 5 MB page', async () => {
    const page = await open('/generated/huge.html');
    const status = await analyse(page);
    expect(status.state).toBe('captured');
    if (status.state === 'captured')
      console.log(`5 MB page captured in ${status.captureMs.toFixed(0)} ms in Firefox ESR`);
    await page.close();
  });
});
