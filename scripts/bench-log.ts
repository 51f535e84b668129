// `npm run bench:log`: the event-log page in Chromium with the built extension and
// 100,000 events: importing them from a JSON backup, the first rows after opening the page, a
// filter change, and a CSV export of everything. The last line is one JSON object of medians.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { exportBackupJson } from '../lib/exchange';
import { ACLED_EVENT_TYPES, type Article, type ConflictEvent, type EventType } from '../lib/schema';
import { launchChromiumWithExtension } from '../tests/browser/support/chromium';
import { seededRandom } from '../tests/log/log-fixtures';

const EVENTS = 100_000;
const ARTICLES = 2_000;
const RUNS = 3;

/** A log of plausible events: many places, types, actors and dates over two years. */
function generatedLog(): { articles: Article[]; events: ConflictEvent[] } {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const types = Object.keys(ACLED_EVENT_TYPES) as EventType[];
  const places = [
    { name: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.2021, lon: 37.1343 },
    { name: 'Kharkiv', country: 'UA', admin1: 'Kharkiv', lat: 49.9935, lon: 36.2304 },
    { name: 'El Fasher', country: 'SD', admin1: 'North Darfur', lat: 13.6279, lon: 25.3494 },
    { name: 'Goma', country: 'CD', admin1: 'North Kivu', lat: -1.6792, lon: 29.2228 },
    { name: 'Gao', country: 'ML', admin1: 'Gao', lat: 16.2666, lon: -0.04 },
    { name: 'Khan Younis', country: 'PS', admin1: 'Gaza Strip', lat: 31.3402, lon: 34.3063 },
  ];
  const actors = [
    { canonical: 'Military Forces of Syria (2000-2024)', inter: 1 as const },
    { canonical: 'Rapid Support Forces', inter: 2 as const },
    { canonical: 'Civilians (Sudan)', inter: 7 as const },
    { canonical: 'Military Forces of Russia (2000-)', inter: 8 as const },
    { canonical: 'M23: March 23 Movement', inter: 2 as const },
  ];
  const stamp = '2025-01-01T00:00:00.000Z';
  const articles: Article[] = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `a-bench-${i}`,
    url: `https://news.example/${i}`,
    canonicalUrl: null,
    title: `Report ${i}`,
    byline: null,
    siteName: pick(['Example News', 'Daily Wire Service', 'Regional Herald']),
    lang: 'en',
    publishedAt: '2024-06-01',
    publishedAtSource: 'article:published_time',
    origin: 'readability',
    text: `Report ${i}. `.repeat(60),
    excerpt: null,
    wordCount: 120,
    warnings: [],
    capturedAt: stamp,
  }));
  const events: ConflictEvent[] = Array.from({ length: EVENTS }, (_, i) => {
    const eventType = pick(types);
    const place = pick(places);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000);
    const article = articles[i % ARTICLES] as Article;
    const text = `Event ${i} was reported near ${place.name}.`;
    return {
      id: `e-bench-${i}`,
      articleId: article.id,
      date: day.toISOString().slice(0, 10),
      timePrecision: 1,
      eventType,
      subEventType: (ACLED_EVENT_TYPES[eventType] as readonly string[])[0] as ConflictEvent['subEventType'],
      actor1: pick(actors),
      actor2: random() < 0.5 ? pick(actors) : null,
      location: {
        ...place,
        lat: place.lat + (random() - 0.5) * 2,
        lon: place.lon + (random() - 0.5) * 2,
        geoPrecision: 1,
      },
      fatalities: random() < 0.6 ? Math.floor(random() * 20) : null,
      evidence: { start: 0, end: text.length, text },
      confidence: 0.8,
      notes: '',
      source: article.siteName ?? 'Example News',
      sourceUrl: article.url,
      status: 'confirmed',
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  return { articles, events };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
};

/** The page's clock when the table first shows a row (polled every frame). */
const firstRowAt = (page: Page) =>
  page.waitForFunction(
    () => (document.querySelector('.event-rows [data-event-id]') ? performance.now() : 0),
    null,
    {
      polling: 'raf',
      timeout: 60_000,
    },
  );

const log = generatedLog();
const backup = Buffer.from(exportBackupJson({ ...log, corrections: [] }), 'utf8');
// Playwright hands files over 50 MB to the page only by path.
const backupPath = path.join(await mkdtemp(path.join(os.tmpdir(), 'bench-log-')), 'backup.json');
await writeFile(backupPath, backup);
console.log(`${EVENTS.toLocaleString()} events, backup ${(backup.length / 1e6).toFixed(1)} MB`);

// The release build: the log page as users get it (production React); it needs no test hooks.
const browser = await launchChromiumWithExtension(path.resolve('.output/chrome-mv3'));
const results = {
  jsonImportMs: [] as number[],
  jsonPlanMs: [] as number[],
  jsonWriteMs: [] as number[],
  firstRowsMs: [] as number[],
  filterMs: [] as number[],
  csvExportMs: [] as number[],
  editMs: [] as number[],
};
try {
  const page = await browser.context.newPage();
  const logUrl = browser.extensionUrl('log.html#/events');
  for (let run = 0; run < RUNS; run++) {
    // A clean log each time, so every run imports all 100,000 events.
    await page.goto(logUrl);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('conflict-reader');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.goto(logUrl);
    await page.getByText('No events in your log yet').waitFor();
    const started = Date.now();
    await page.locator('input[type=file]').setInputFiles(backupPath);
    const accept = page.getByRole('button', { name: /^Import [\d,]+ records$/ });
    await accept.waitFor({ timeout: 120_000 });
    const planned = Date.now();
    await accept.click();
    await page.getByText(/^Imported [\d,]+ new records/).waitFor({ timeout: 120_000 });
    results.jsonPlanMs.push(planned - started);
    results.jsonWriteMs.push(Date.now() - planned);
    results.jsonImportMs.push(Date.now() - started);
  }

  for (let run = 0; run < RUNS + 2; run++) {
    await page.goto('about:blank');
    await page.goto(logUrl);
    results.firstRowsMs.push(await (await firstRowAt(page)).jsonValue());
    // Leave only once the whole log has loaded: IndexedDB would otherwise go on reading it for
    // the closed page, and the next opening would wait behind that read.
    await page.getByText(/shown of 100,000\)/).waitFor({ timeout: 60_000 });
  }

  // Filter changes once the whole log has loaded.
  const types = Object.keys(ACLED_EVENT_TYPES);
  for (let run = 0; run < RUNS + 2; run++) {
    const type = types[run % types.length] as string;
    results.filterMs.push(
      await page.evaluate(
        (value) =>
          new Promise<number>((resolve) => {
            const select = document.querySelector<HTMLSelectElement>('select[aria-label="Event type"]');
            const rows = document.querySelector('.event-rows');
            if (!select || !rows) throw new Error('no type filter or table');
            const started = performance.now();
            new MutationObserver((_, observer) => {
              observer.disconnect();
              // The rows changed; count the frame that shows them.
              requestAnimationFrame(() => resolve(performance.now() - started));
            }).observe(rows, { subtree: true, childList: true, characterData: true, attributes: true });
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        type,
      ),
    );
  }
  await page.locator('select[aria-label="Event type"]').selectOption('');

  // An edit in the table: from Save to the row showing the new death toll.
  for (let run = 0; run < RUNS; run++) {
    const row = page.locator('.event-rows [data-event-id]').nth(run);
    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('region', { name: 'Edit the event' });
    await editor.getByLabel('Killed').fill(String(1000 + run));
    const started = Date.now();
    await editor.getByRole('button', { name: 'Save' }).click();
    await row.locator('.number', { hasText: String(1000 + run) }).waitFor();
    results.editMs.push(Date.now() - started);
  }

  await page.getByRole('radio', { name: /all [\d,]+/ }).check();
  for (let run = 0; run < RUNS; run++) {
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    results.csvExportMs.push(Date.now() - started);
    await download.delete();
  }
} finally {
  await browser.close();
  await rm(path.dirname(backupPath), { recursive: true, force: true });
}

const summary = {
  events: EVENTS,
  firstRowsMs: median(results.firstRowsMs),
  filterMs: median(results.filterMs),
  csvExportMs: median(results.csvExportMs),
  jsonImportMs: median(results.jsonImportMs),
};
const runs = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
console.log(
  `every run (ms): first rows ${runs(results.firstRowsMs)} · filter ${runs(results.filterMs)} · CSV ${runs(results.csvExportMs)} · JSON import ${runs(results.jsonImportMs)} · edit ${runs(results.editMs)}`,
);
console.log(
  `JSON import: reading and checking the file ${median(results.jsonPlanMs)} ms, writing ${median(results.jsonWriteMs)} ms (medians)`,
);
console.log(`an edit in the table shows in its row after ${median(results.editMs)} ms (median)`);
console.log(
  `medians: first rows ${summary.firstRowsMs} ms after opening · filter change ${summary.filterMs} ms · CSV export ${summary.csvExportMs} ms · JSON import ${summary.jsonImportMs} ms`,
);
console.log(JSON.stringify(summary));
