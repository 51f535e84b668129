import type { Browser } from 'wxt/browser';
import { analyseTab, type AnalysisPorts } from '@/lib/analysis/analyse-tab';
import type { Handlers } from '@/lib/messaging';
import { listArticles, type ConflictReaderDatabase } from '@/lib/storage';
import { readAllTabStatuses } from './tab-status-store';

/**
 * Hooks compiled only into `--mode test` builds. Browser automation can't press the toolbar button,
 * and Firefox's can't open extension pages, so tests reach the extension through these instead.
 */
export function testHandlers(
  db: ConflictReaderDatabase,
  ports: AnalysisPorts,
): Handlers<Browser.runtime.MessageSender> {
  return {
    'test:analyse-sender': async ({ selection }, sender) => {
      const tab = sender.tab;
      if (tab?.id === undefined) throw new Error('test:analyse-sender must come from a tab');
      return analyseTab({ id: tab.id, url: tab.url ?? '' }, selection ? 'selection' : 'page', ports);
    },
    'test:dump': async (_payload, sender) => ({
      articles: await listArticles(db),
      events: await db.events.toArray(),
      tabStatuses: await readAllTabStatuses(),
      panelText: sender.tab?.id === undefined ? null : await renderPanelText(sender.tab.id),
    }),
  };
}

/**
 * Render the side panel for a tab in a hidden frame and return its text once it has settled, where
 * the background has a DOM (Firefox's event page); null in Chrome's service worker, where tests
 * open the panel as a page instead.
 */
async function renderPanelText(tabId: number): Promise<string | null> {
  if (typeof document === 'undefined') return null;
  const frame = document.createElement('iframe');
  frame.src = `/sidepanel.html?tabId=${tabId}`;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const panel = frame.contentDocument?.querySelector<HTMLElement>('main.panel');
      const { status, article } = panel?.dataset ?? {};
      const settled = status !== undefined && status !== 'loading' && status !== 'capturing';
      if (panel && settled && (status !== 'captured' || article === 'shown')) return panel.innerText;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the side panel did not settle within 5 s');
  } finally {
    frame.remove();
  }
}
