import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3-test');

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built (test-mode) extension installed as a
 * temporary add-on. Firefox can't be pointed at a remote-settings server in release builds unless
 * non-local connections are disabled, so that is set too: the test never leaves the machine.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      // MV3 host permissions are optional in Firefox; grant the manifest's (127.0.0.1 in test builds) at install.
      'extensions.originControls.grantByDefault': true,
      'services.settings.server': 'http://127.0.0.1:9/dummy/blocklist/',
    },
  });
  // Not `enableExtensions`: installExtension is awaited, so the add-on has started when it returns.
  await browser.installExtension(extensionDir);
  return browser;
}
