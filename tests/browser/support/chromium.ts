import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = path.resolve('.output/chrome-mv3-test');

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(pagePath: string): string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built (test-mode) extension loaded unpacked, in a throwaway profile.
 * The flags keep Chromium off the network, which this machine doesn't have.
 */
export async function launchChromiumWithExtension(
  extensionDir = CHROME_BUILD,
): Promise<ChromiumWithExtension> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'conflict-reader-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (pagePath) => `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until the test-only bridge content script is listening in the page. */
export async function waitForBridge(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.conflictReaderTest === 'ready', null, {
    timeout: 15_000,
  });
}
