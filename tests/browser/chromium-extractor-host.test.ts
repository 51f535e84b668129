import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabStatus } from '@/lib/schema';
import { AnalysisTimingsSchema } from '@/lib/schema/analysis-timings';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, waitForBridge, type ChromiumWithExtension } from './support/chromium';
import { ask } from './support/session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let browser: ChromiumWithExtension;
let extensionPage: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromiumWithExtension();
  // An extension page sees the extension's contexts; a page's session reaches its service worker.
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(browser.extensionUrl('log.html#/events'));
  cdp = await browser.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Analysis = TabStatus & { bench: { backgroundStartedAt: number } };

/** Analyse a corpus page in a new tab through the test bridge; the status, with its timings. */
async function analyse(name: string): Promise<Analysis> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`/corpus/${name}.html`));
  await waitForBridge(page);
  const reply = (await ask(page, 'analyse')) as Analysis;
  AnalysisTimingsSchema.parse(reply.bench);
  await page.close();
  return reply;
}

/** What an extension page's script sees of the runtime API, as far as these tests use it. */
interface ExtensionRuntime {
  getContexts(filter: { contextTypes: string[] }): Promise<{ documentId?: string }[]>;
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionScope = { chrome: { runtime: ExtensionRuntime } };

/** The ids of the extension's open offscreen documents (the extractor's host). */
const hostDocuments = () =>
  extensionPage.evaluate(async () => {
    const { runtime } = (globalThis as unknown as ExtensionScope).chrome;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentId);
  });

/** Stop the service worker as Chrome does after 30 s idle, and wait until it has. */
async function stopServiceWorker(): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const onUpdate = (event: { versions: { runningStatus: string }[] }) => {
      if (event.versions.length > 0 && event.versions.every((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

const counts = (status: TabStatus) => (status.state === 'captured' ? status.extraction : null);

describe('Chromium: the extractor lives in an offscreen document while the service worker sleeps', () => {
  it('analyses through the same host after the service worker was stopped', async () => {
    const first = await analyse(REVIEW_PAGES.first);
    expect(counts(first)?.counts.place).toBeGreaterThan(0);
    const [host] = await hostDocuments();
    expect(host).toBeDefined();

    await stopServiceWorker();
    const again = await analyse(REVIEW_PAGES.first);
    // A new service worker answered, with the mentions and events of the first analysis…
    expect(again.bench.backgroundStartedAt).toBeGreaterThan(first.bench.backgroundStartedAt);
    expect(counts(again)?.counts).toEqual(counts(first)?.counts);
    expect(counts(again)?.events).toBe(counts(first)?.events);
    // …from the host that was already open: none was started for it.
    expect(await hostDocuments()).toEqual([host]);
  });

  it('closes the host when it reports itself idle, and opens one again for the next analysis', async () => {
    const before = await analyse(REVIEW_PAGES.second);
    expect(await hostDocuments()).toHaveLength(1);
    await extensionPage.evaluate(() =>
      (globalThis as unknown as ExtensionScope).chrome.runtime.sendMessage({
        type: 'extraction-host-idle',
        payload: {},
      }),
    );
    await expect.poll(hostDocuments).toEqual([]);
    const after = await analyse(REVIEW_PAGES.second);
    expect(counts(after)?.counts).toEqual(counts(before)?.counts);
    expect(await hostDocuments()).toHaveLength(1);
  });
});
