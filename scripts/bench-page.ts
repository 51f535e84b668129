// `npm run bench:page`: in Chromium with the built (test-mode) extension, from the trigger to
// painted highlights on a 10,000-word article with about 2,000 mentions, with capture,
// extraction, anchoring and painting timed separately; then the same mentions highlighted by
// wrapping <mark> elements, for comparison. Then a news-sized article three ways: warm, after the
// service worker was stopped (as Chrome does after 30 s idle), and first in a fresh profile, each
// split into its steps (see coldPathRow); the same in Firefox, whose event page is unloaded by
// idling (see bench-page/firefox.ts). Then the share of the page's main thread taken while a 5 MB
// page that changes every 100 ms keeps its highlights anchored. The last line is one JSON object
// of medians.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { parseTextFile } from '../lib/article/text-file';
import { TabStatusSchema } from '../lib/schema';
import { countWords } from '../lib/storage/database';
import { bridgeCommand, type BridgeCommandName } from '../tests/browser/support/bridge';
import {
  launchChromiumWithExtension,
  waitForBridge,
  type ChromiumWithExtension,
} from '../tests/browser/support/chromium';
import { GENERATED_PAGES } from '../tests/browser/support/generated-pages';
import { coldPathRow, medianOf, mediansOf, pageClock, readAnalysis } from './bench-page/analysis';
import { benchFirefox, type FirefoxRows } from './bench-page/firefox';
import { extensionProcessesPssMb } from './bench-page/process-memory';
import { ROUND_UP_PUBLISHED_AT, ROUND_UP_TITLE, roundUpParagraphs } from './bench-page/round-up';

const RUNS = 7;
const HUGE_PAGE_RUNS = 3;
/** How long the 5 MB page keeps changing, and how often. */
const CHANGING_MS = 15_000;
const CHANGE_EVERY_MS = 100;
/** Runs of the news-sized article after the worker was stopped, and in fresh profiles. */
const COLD_RUNS = 7;
const FIRST_USE_RUNS = 5;
/** The 10,000-word page after the worker was stopped, and in fresh profiles (the issue's targets). */
const ROUND_UP_COLD_RUNS = 3;
/** Firefox starts slowly: fewer fresh profiles. */
const FIREFOX_FIRST_USE_RUNS = 3;
/** The news-sized article of the cold-path runs. */
const NEWS_ARTICLE = 'seed-000';
const corpus = path.resolve(process.env.CORPUS_DIR ?? '../shared/corpus');

/** The round-up of scripts/bench-page/round-up.ts as a news page. */
async function benchPage(): Promise<{ html: string; words: number }> {
  const { paragraphs, words } = await roundUpParagraphs(corpus);
  const html = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ROUND_UP_TITLE} | Bench Herald</title>
<meta property="og:site_name" content="Bench Herald"><meta property="article:published_time" content="${ROUND_UP_PUBLISHED_AT}T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>${ROUND_UP_TITLE}</h1>${html.join('\n')}</article></body></html>`;
  return { html: page, words };
}

/** One corpus article as a news page, the size of a page read every day. */
function newsPage(): string {
  const text = parseTextFile(readFileSync(path.join(corpus, 'articles', `${NEWS_ARTICLE}.txt`), 'utf8')).text;
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report | Bench Herald</title>
<meta property="og:site_name" content="Bench Herald"><meta property="article:published_time" content="2016-12-09T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>Report</h1>${paragraphs.join('\n')}</article></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wrap every highlighted range in a <mark>, the way extensions without the Highlight API do. */
function wrapHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Every highlight on the bench page is the extension's (their names are random).
    const painted: AbstractRange[] = [];
    for (const [, highlight] of CSS.highlights) for (const range of highlight) painted.push(range);
    CSS.highlights.clear();
    const started = performance.now();
    // Wrapping needs live ranges (the highlights are StaticRanges): making them is part of its cost.
    const ranges = painted.map((s) => {
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      return range;
    });
    ranges.sort((a, b) => b.compareBoundaryPoints(Range.START_TO_START, a));
    for (const range of ranges) {
      const mark = document.createElement('mark');
      try {
        range.surroundContents(mark);
      } catch {
        mark.append(range.extractContents());
        range.insertNode(mark);
      }
    }
    void document.body.offsetHeight; // include the layout the new elements cause
    return performance.now() - started;
  });
}

/**
 * Stop the extension's service worker, as Chrome does after 30 s idle, and wait until it has.
 * The ServiceWorker domain is not on the browser's own CDP target here, so a page's session
 * (any page of the profile) asks.
 */
async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
    const onUpdate = (event: { versions: { runningStatus: string }[] }) => {
      if (event.versions.length > 0 && event.versions.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** Let the extension settle (timers, collected garbage) and read its processes' memory. */
async function restingMemory(): Promise<number | null> {
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  return extensionProcessesPssMb();
}

/** Close the extractor's host as it closes itself after HOST_IDLE_CLOSE_MS without an analysis. */
async function closeExtractorHost(browser: ChromiumWithExtension): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('log.html'));
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'extraction-host-idle', payload: {} }),
  );
  await page.close();
}

/** A page of the bench server, open, with the test bridge listening. */
async function openPage(browser: ChromiumWithExtension, pageUrl: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(pageUrl);
  await waitForBridge(page);
  return page;
}

/** Analyse an open page through the test bridge: the reply, and the page's clock. */
const analyseOpenPage = (page: Page) =>
  readAnalysis(
    () => page.evaluate<unknown, BridgeCommandName>(bridgeCommand, 'analyse'),
    () => page.evaluate(pageClock),
  );

async function analysePage(browser: ChromiumWithExtension, pageUrl: string) {
  const page = await openPage(browser, pageUrl);
  return { page, ...(await analyseOpenPage(page)) };
}

const { html, words } = await benchPage();
const hugeHtml = (GENERATED_PAGES.huge as () => string)();
const newsHtml = newsPage();
const server = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(request.url === '/huge.html' ? hugeHtml : request.url?.startsWith('/news') ? newsHtml : html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = `${origin}/round-up.html`;
// Each run a new address: nothing the browser kept of an earlier visit serves the next.
let newsVisits = 0;
const newsUrl = () => `${origin}/news-${++newsVisits}.html`;

/** Launch Chromium with the extension; tsx's `__name` helper is given to the pages it evaluates in. */
async function launch(): Promise<ChromiumWithExtension> {
  const browser = await launchChromiumWithExtension();
  await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return browser;
}

/**
 * Analyse the 5 MB page, then change a line of it every CHANGE_EVERY_MS for CHANGING_MS: the
 * share of that time the page's main thread spent in long tasks (over 50 ms: the re-anchoring;
 * the changes themselves are a text node each), and how often the highlights were painted again.
 */
async function mainThreadWhileChanging(browser: ChromiumWithExtension): Promise<{
  busyShare: number;
  repaints: number;
  repaintMs: number;
}> {
  const { page, reply: status } = await analysePage(browser, `${origin}/huge.html`);
  const busyMs = await page.evaluate(
    ({ changingMs, everyMs }) =>
      new Promise<number>((resolve) => {
        let busy = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) busy += entry.duration;
        });
        observer.observe({ type: 'longtask' });
        const line = document.createElement('p');
        document.querySelector('article')?.prepend(line);
        let tick = 0;
        const changing = setInterval(() => {
          line.textContent = `Updated ${++tick} times`;
        }, everyMs);
        setTimeout(() => {
          clearInterval(changing);
          // Long tasks still running are reported once they end.
          setTimeout(() => {
            observer.disconnect();
            resolve(busy);
          }, 0);
        }, changingMs);
      }),
    { changingMs: CHANGING_MS, everyMs: CHANGE_EVERY_MS },
  );
  const { tabStatuses } = z
    .object({ tabStatuses: z.array(TabStatusSchema) })
    .parse(await page.evaluate<unknown, BridgeCommandName>(bridgeCommand, 'dump'));
  const now = tabStatuses.find((s) => s.tabId === status.tabId);
  const first = status.highlights?.paintedAt ?? 0;
  await page.close();
  return {
    busyShare: Math.round((busyMs / CHANGING_MS) * 1000) / 1000,
    // Only the last repaint is in the status: whether there was one after the changes began.
    repaints: now?.state === 'captured' && (now.highlights?.paintedAt ?? 0) > first ? 1 : 0,
    // What the last re-anchoring cost: the watch rests BACKOFF times as long after it.
    repaintMs:
      now?.state === 'captured' && now.highlights ? now.highlights.anchorMs + now.highlights.paintMs : 0,
  };
}

let changingPage: Awaited<ReturnType<typeof mainThreadWhileChanging>>;
/** The extension processes' memory at rest (MB), the service worker awake, stopped, and with the extractor's host closed too. */
const memoryAtRest: Record<'awake' | 'asleep' | 'noHost', number | null> = {
  awake: null,
  asleep: null,
  noHost: null,
};
const rows: Record<string, number>[] = [];
const hugeCaptureMs: number[] = [];
const newsWarm: Record<string, number>[] = [];
const newsCold: Record<string, number>[] = [];
const roundUpCold: Record<string, number>[] = [];
// Each run a new address, so nothing kept of an earlier visit serves the next (any path but the
// news and huge ones serves the 10,000-word page).
let roundUpVisits = 0;
const roundUpUrl = () => `${origin}/round-up-${++roundUpVisits}.html`;
const browser = await launch();
try {
  for (let run = 0; run <= RUNS; run++) {
    const { page, extraction, highlights, reply, clock } = await analysePage(browser, url);
    const totalMs = highlights.paintedAt - (clock.sentAt as number);
    const wrapMs = await wrapHighlights(page);
    const { anchorMs, paintMs, painted, orphans } = highlights;
    if (run > 0) {
      // The first run warms up the background (gazetteer load, JIT) and is not counted.
      rows.push({
        mentions: painted + orphans,
        captureMs: reply.captureMs,
        extractMs: extraction.extractMs,
        anchorMs,
        paintMs,
        totalMs,
        wrapTotalMs: totalMs - paintMs + wrapMs,
      });
    }
    await page.close();
  }
  for (let run = 0; run < HUGE_PAGE_RUNS; run++) {
    const { page, reply } = await analysePage(browser, `${origin}/huge.html`);
    if (reply.state !== 'captured')
      throw new Error(`the 5 MB page was not captured: ${JSON.stringify(reply)}`);
    hugeCaptureMs.push(reply.captureMs);
    await page.close();
  }
  for (let run = 0; run < RUNS; run++) {
    const { page, ...analysed } = await analysePage(browser, newsUrl());
    newsWarm.push(coldPathRow(analysed));
    await page.close();
  }
  memoryAtRest.awake = await restingMemory();
  // The control page's session stops the worker; the page to analyse is open first, since
  // loading it wakes the worker (its tabs.onUpdated listener), as it does for a reader.
  const control = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  for (let run = 0; run < COLD_RUNS; run++) {
    const page = await openPage(browser, newsUrl());
    await stopServiceWorker(cdp);
    newsCold.push(coldPathRow(await analyseOpenPage(page)));
    await page.close();
  }
  for (let run = 0; run < ROUND_UP_COLD_RUNS; run++) {
    const page = await openPage(browser, roundUpUrl());
    await stopServiceWorker(cdp);
    roundUpCold.push(coldPathRow(await analyseOpenPage(page)));
    await page.close();
  }
  await stopServiceWorker(cdp);
  memoryAtRest.asleep = await restingMemory();
  await closeExtractorHost(browser);
  await stopServiceWorker(cdp);
  memoryAtRest.noHost = await restingMemory();
  changingPage = await mainThreadWhileChanging(browser);
} finally {
  await browser.close();
}
const newsFirstUse: Record<string, number>[] = [];
const roundUpFirstUse: Record<string, number>[] = [];
let firefox: FirefoxRows;
try {
  const firstUses: [() => string, Record<string, number>[], number][] = [
    [newsUrl, newsFirstUse, FIRST_USE_RUNS],
    [roundUpUrl, roundUpFirstUse, ROUND_UP_COLD_RUNS],
  ];
  for (const [pageUrl, into, runs] of firstUses) {
    for (let run = 0; run < runs; run++) {
      const fresh = await launch();
      try {
        const { page, ...analysed } = await analysePage(fresh, pageUrl());
        into.push(coldPathRow(analysed));
        await page.close();
      } finally {
        await fresh.close();
      }
    }
  }
  firefox = await benchFirefox(newsUrl, {
    firstUse: FIREFOX_FIRST_USE_RUNS,
    warm: RUNS,
    idle: COLD_RUNS,
  });
} finally {
  server.close();
}

const median = (key: string) => medianOf(rows.map((r) => r[key] as number));
const warm = mediansOf(newsWarm);
const cold = mediansOf(newsCold);
const firstUse = mediansOf(newsFirstUse);
const roundUp = { cold: mediansOf(roundUpCold), firstUse: mediansOf(roundUpFirstUse) };
const firefoxMedians = {
  warm: mediansOf(firefox.warm),
  idle: mediansOf(firefox.idle),
  firstUse: mediansOf(firefox.firstUse),
};
const result = {
  words,
  mentions: median('mentions'),
  captureMs: median('captureMs'),
  extractMs: median('extractMs'),
  anchorMs: median('anchorMs'),
  paintMs: median('paintMs'),
  totalMs: median('totalMs'),
  wrapTotalMs: median('wrapTotalMs'),
  hugePageCaptureMs: medianOf(hugeCaptureMs),
  changingHugePageBusyShare: changingPage.busyShare,
  changingHugePageRepaintMs: Math.round(changingPage.repaintMs),
  extensionMemoryAtRestMb: memoryAtRest,
  roundUp,
  news: { warm, cold, firstUse },
  firefoxNews: firefoxMedians,
  // The issue's figures, on the 10,000-word page: after the worker slept, and first in a fresh profile.
  coldTotalMs: roundUp.cold.totalMs,
  firstUseTotalMs: roundUp.firstUse.totalMs,
  coldEventsMs: roundUp.cold.eventsTotalMs,
  firstUseEventsMs: roundUp.firstUse.eventsTotalMs,
  warmNewsTotalMs: warm.totalMs,
  newsColdTotalMs: cold.totalMs,
  newsFirstUseTotalMs: firstUse.totalMs,
  newsColdEventsMs: cold.eventsTotalMs,
  firefoxWarmTotalMs: firefoxMedians.warm.totalMs,
  firefoxColdTotalMs: firefoxMedians.idle.totalMs,
  firefoxFirstUseTotalMs: firefoxMedians.firstUse.totalMs,
  firefoxColdEventsMs: firefoxMedians.idle.eventsTotalMs,
};
console.log(`${words} words, ${result.mentions} mentions, medians of ${RUNS} runs after one warm-up run:`);
console.log(
  `  capture ${result.captureMs} ms · extract ${result.extractMs} ms · anchor ${result.anchorMs} ms · paint ${result.paintMs} ms`,
);
console.log(
  `  trigger to painted highlights: ${result.totalMs} ms (wrapping <mark> elements instead: ${result.wrapTotalMs} ms, ${(result.wrapTotalMs / result.totalMs).toFixed(2)}x)`,
);
console.log(
  `  after the worker was stopped: trigger to highlights ${roundUp.cold.totalMs} ms, to the event list ${roundUp.cold.eventsTotalMs} ms; first in a fresh profile: ${roundUp.firstUse.totalMs} ms, ${roundUp.firstUse.eventsTotalMs} ms (medians of ${ROUND_UP_COLD_RUNS})`,
);
console.log(
  `  a ${(hugeHtml.length / 1e6).toFixed(1)} MB page captured in ${result.hugePageCaptureMs} ms (median of ${HUGE_PAGE_RUNS})`,
);
console.log(
  `  the ${(hugeHtml.length / 1e6).toFixed(1)} MB page changing every ${CHANGE_EVERY_MS} ms for ${CHANGING_MS / 1000} s: main thread busy ${(changingPage.busyShare * 100).toFixed(1)}% of the time in long tasks, ${changingPage.repaints ? `highlights anchored again (the last time in ${result.changingHugePageRepaintMs} ms)` : 'highlights never anchored again'}`,
);
console.log(
  `  extension processes at rest (PSS): ${memoryAtRest.awake} MB with the service worker awake, ${memoryAtRest.asleep} MB once it was stopped (the extractor's host stays), ${memoryAtRest.noHost} MB with the host closed too`,
);
console.log(
  `\n${countWords(parseTextFile(readFileSync(path.join(corpus, 'articles', `${NEWS_ARTICLE}.txt`), 'utf8')).text)}-word article (${NEWS_ARTICLE}), medians in ms: warm (${RUNS} runs), worker stopped first (${COLD_RUNS}), first in a fresh profile (${FIRST_USE_RUNS})`,
);
const STEPS: [string, string][] = [
  ['wakeMs', 'trigger → background handler'],
  ['spawnMs', '  of which worker spawn'],
  ['scriptMs', '  of which script, listeners'],
  ['hostMs', 'extractor host start'],
  ['gazetteerMs', 'gazetteer fetch, decode'],
  ['warmUpMs', 'warm-up (during the fetch)'],
  ['extractorMs', 'rest of extractor load'],
  ['injectMs', 'inject content script'],
  ['captureMs', 'capture (in page)'],
  ['captureRoundTripMs', 'capture round trip'],
  ['loadWaitMs', 'capture waited for load'],
  ['extractMs', 'extraction (mentions)'],
  ['anchorMs', 'anchoring'],
  ['paintMs', 'painting'],
  ['totalMs', 'TRIGGER → HIGHLIGHTS'],
  ['eventsMs', 'event proposal'],
  ['eventsTotalMs', 'TRIGGER → EVENT LIST'],
];
console.log(
  `  Firefox: warm (${RUNS} runs), event page unloaded when idle (${COLD_RUNS}), first in a fresh profile (${FIREFOX_FIRST_USE_RUNS})`,
);
const columns: [string, Record<string, number>][] = [
  ['warm', warm],
  ['stopped', cold],
  ['fresh', firstUse],
  ['ff warm', firefoxMedians.warm],
  ['ff idle', firefoxMedians.idle],
  ['ff fresh', firefoxMedians.firstUse],
];
console.log(`  ${'step'.padEnd(30)}${columns.map(([name]) => name.padStart(9)).join('')}`);
for (const [key, label] of STEPS) {
  console.log(
    `  ${label.padEnd(30)}${columns.map(([, values]) => String(values[key]).padStart(9)).join('')}`,
  );
}
console.log('  (steps overlap: the extractor loads while the page is injected and captured)');
if (firefox.lostMessages > 0) {
  console.log(
    `  Firefox lost ${firefox.lostMessages} analysis command(s) (no receiving end: the event page was going away); each was sent again a second later`,
  );
}
console.log(JSON.stringify(result));
