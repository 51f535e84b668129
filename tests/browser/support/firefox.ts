import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bridgeCommand, type BridgeCommandName } from './bridge';
import type { TestServer } from './test-server';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3-test');

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built (test-mode) extension installed as a
 * temporary add-on. Firefox can't be pointed at a remote-settings server in release builds unless
 * non-local connections are disabled, so that is set too: the test never leaves the machine.
 * Given `downloads`, files the pages save go straight into that folder, unasked; `prefs` are set too.
 */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_BUILD,
  downloads?: string,
  prefs: Record<string, unknown> = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      // MV3 host permissions are optional in Firefox; grant the manifest's (127.0.0.1 in test builds) at install.
      'extensions.originControls.grantByDefault': true,
      'services.settings.server': 'http://127.0.0.1:9/dummy/blocklist/',
      // BiDi sets a download folder only for new user contexts, and extension tabs open in the default one.
      ...(downloads && {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      }),
      ...prefs,
    },
  });
  // Not `enableExtensions`: installExtension is awaited, so the add-on has started when it returns.
  await browser.installExtension(extensionDir);
  return browser;
}

/** Send a command to the extension through a test page's bridge. */
export const ask = (page: Page, command: BridgeCommandName) => page.evaluate(bridgeCommand, command);

/**
 * The event log in a tab of its own, opened by the extension as the side panel's button does:
 * Firefox's automation may not navigate to an extension page, but it drives one the extension
 * opened. Such a tab's URL reads about:blank to puppeteer, so it is told by being new.
 */
export async function openLogInFirefox(browser: Browser, server: TestServer): Promise<Page> {
  const bridge = await browser.newPage();
  await bridge.goto(server.url('/generated/empty.html'));
  await bridge.waitForSelector('html[data-conflict-reader-test="ready"]', { timeout: 15_000 });
  const before = new Set(await browser.pages());
  await ask(bridge, 'open-log');
  const log = await waitForNewPage(browser, before);
  await bridge.close();
  await log.waitForFunction(() => location.pathname === '/log.html', { timeout: 15_000 });
  return log;
}

async function waitForNewPage(browser: Browser, before: ReadonlySet<Page>): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = (await browser.pages()).find((p) => !before.has(p));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('the extension opened no tab');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
