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
    'test:dump': async () => ({
      articles: await listArticles(db),
      tabStatuses: await readAllTabStatuses(),
      panelText: await renderExtensionPageText('/sidepanel.html'),
    }),
  };
}

/**
 * Render one of the extension's own pages in a hidden frame and return its text, where the
 * background has a DOM (Firefox's event page); null in Chrome's service worker.
 */
async function renderExtensionPageText(path: string): Promise<string | null> {
  if (typeof document === 'undefined') return null;
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const text = frame.contentDocument?.body?.innerText ?? '';
      if (text.trim() && !text.includes('Loading')) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return frame.contentDocument?.body?.innerText ?? null;
  } finally {
    frame.remove();
  }
}
