import type { Page } from 'playwright-core';
import { z } from 'zod';
import { ArticleSchema, CorrectionSchema, EventSchema, TabStatusSchema, type TabStatus } from '@/lib/schema';
import { bridgeCommand, type BridgeCommandName } from './bridge';
import { waitForBridge, type ChromiumWithExtension } from './chromium';
import type { TestServer } from './test-server';

/** What the test build's `dump` command returns: the stored log and the tabs' statuses. */
export const DumpSchema = z.object({
  articles: z.array(ArticleSchema),
  events: z.array(EventSchema),
  corrections: z.array(CorrectionSchema),
  tabStatuses: z.array(TabStatusSchema),
});

/** Send a command to the extension through the test page's bridge. */
export const ask = (page: Page, command: BridgeCommandName) =>
  page.evaluate<unknown, BridgeCommandName>(bridgeCommand, command);

export const dump = async (page: Page) => DumpSchema.parse(await ask(page, 'dump'));

/** Open a page of the test server in a new tab and analyse it, as the toolbar button would. */
export async function openAndAnalyse(browser: ChromiumWithExtension, server: TestServer, pathname: string) {
  const page = await browser.context.newPage();
  await page.goto(server.url(pathname));
  await waitForBridge(page);
  const status = TabStatusSchema.parse(await ask(page, 'analyse'));
  return { page, status };
}

/** The side panel for a tab, opened as a page of its own (automation can't open the real panel). */
export async function panelFor(browser: ChromiumWithExtension, status: TabStatus): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tabId=${status.tabId}`));
  return panel;
}

/** Delete the extension's database from the open log page and reload it: an empty log. */
export async function emptyTheLog(log: Page): Promise<void> {
  await log.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('conflict-reader');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await log.reload();
  await log.getByText('No events in your log yet').waitFor();
}
