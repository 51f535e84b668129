// `npm run bench:page` in Firefox ESR (puppeteer over WebDriver BiDi): a news-sized article first
// in a fresh profile, then warm, then after the event page unloaded. Firefox unloads an idle
// event page after `extensions.background.idle.timeout` (30 s); a browser with it shortened
// lets the bench wait that out instead of forcing it.
import type { Browser, Page } from 'puppeteer-core';
import { bridgeCommand } from '../../tests/browser/support/bridge';
import { launchFirefoxWithExtension } from '../../tests/browser/support/firefox';
import { coldPathRow, pageClock, readAnalysis } from './analysis';

const IDLE_TIMEOUT_MS = 1_000;
/** Long enough past the idle timeout for the event page to have unloaded. */
const IDLE_WAIT_MS = 3_000;

export interface FirefoxRows {
  warm: Record<string, number>[];
  idle: Record<string, number>[];
  firstUse: Record<string, number>[];
  /** Commands that found no receiving end (the event page going away), sent again (see analyseAgainIfLost). */
  lostMessages: number;
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with an `__name` helper that pages evaluating our functions don't have.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.goto(url);
  await page.waitForSelector('html[data-conflict-reader-test="ready"]', { timeout: 15_000 });
  return page;
}

const analyse = async (page: Page) =>
  coldPathRow(
    await readAnalysis(
      () => page.evaluate(bridgeCommand, 'analyse' as const),
      () => page.evaluate(pageClock),
    ),
  );

/**
 * Analyse, sending the command again (up to twice, a second apart) when it found no receiving
 * end: the event page going away as it was sent. Counted in `lostMessages`.
 */
async function analyseAgainIfLost(page: Page, rows: FirefoxRows): Promise<Record<string, number>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await analyse(page);
    } catch (error) {
      if (attempt >= 2 || !String(error).includes('Receiving end does not exist')) throw error;
      rows.lostMessages++;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** `firstUseRuns` fresh profiles (the first with `warmRuns` more pages after), then `idleRuns` after unloading. */
export async function benchFirefox(
  newsUrl: () => string,
  runs: { firstUse: number; warm: number; idle: number },
): Promise<FirefoxRows> {
  const rows: FirefoxRows = { warm: [], idle: [], firstUse: [], lostMessages: 0 };
  for (let run = 0; run < runs.firstUse; run++) {
    const browser = await launchFirefoxWithExtension();
    try {
      const page = await openPage(browser, newsUrl());
      rows.firstUse.push(await analyseAgainIfLost(page, rows));
      await page.close();
      for (let w = 0; run === 0 && w < runs.warm; w++) {
        const warm = await openPage(browser, newsUrl());
        rows.warm.push(await analyseAgainIfLost(warm, rows));
        await warm.close();
      }
    } finally {
      await browser.close();
    }
  }
  const browser = await launchFirefoxWithExtension(undefined, undefined, {
    'extensions.background.idle.timeout': IDLE_TIMEOUT_MS,
  });
  try {
    for (let run = 0; run < runs.idle; run++) {
      const page = await openPage(browser, newsUrl());
      await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
      rows.idle.push(await analyseAgainIfLost(page, rows));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
