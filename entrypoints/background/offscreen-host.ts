import { browser } from 'wxt/browser';
import type { HostChannel } from '@/lib/extraction/service/remote-extraction';
import { backgroundTransport } from '@/lib/messaging/background-transport';

const HOST_PAGE = '/extraction-host.html';

let creating: Promise<void> | null = null;

const hostIsOpen = async () =>
  (
    await browser.runtime.getContexts({
      contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
      documentUrls: [browser.runtime.getURL(HOST_PAGE)],
    })
  ).length > 0;

/**
 * Chrome's offscreen document that hosts the extractor (entrypoints/extraction-host): opened by
 * the first analysis (or with the browser), closed when it reports itself idle. There is one at
 * most per profile; two analyses starting together share its opening.
 */
export const offscreenHost: HostChannel = {
  ensure: async () => {
    const started = performance.now();
    // One being opened (at the browser's start, say) is listed before its page has loaded: wait
    // for it rather than send it a message it can't receive yet.
    if (creating) {
      await creating;
      return performance.now() - started;
    }
    if (await hostIsOpen()) return 0;
    creating ??= browser.offscreen
      .createDocument({
        url: HOST_PAGE,
        reasons: [browser.offscreen.Reason.WORKERS],
        justification:
          'Runs the article extractor in a worker, with its place gazetteer loaded, while the reader reads.',
      })
      // Chrome allows one: a service worker before this one may have opened it meanwhile.
      .catch(async (error: unknown) => {
        if (!(await hostIsOpen())) throw error;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
    return performance.now() - started;
  },
  // Sent again when no one received it: a host opened by a service worker that was then stopped
  // may still be loading its page.
  send: backgroundTransport((envelope) => browser.runtime.sendMessage(envelope)),
};

/** Close the host: no analysis came for a while (see HOST_IDLE_CLOSE_MS). */
export async function closeIdleHost(): Promise<void> {
  if (await hostIsOpen()) await browser.offscreen.closeDocument();
}

const LAST_ANALYSIS_KEY = 'last-analysis-at';

/** Remember when the reader last analysed a page (see openHostAtStartup). */
export async function noteAnalysis(): Promise<void> {
  await browser.storage.local.set({ [LAST_ANALYSIS_KEY]: Date.now() });
}

/** When the reader last analysed a page, or null when never (or not since this was kept). */
export async function lastAnalysisAt(): Promise<number | null> {
  const stored: unknown = (await browser.storage.local.get(LAST_ANALYSIS_KEY))[LAST_ANALYSIS_KEY];
  return typeof stored === 'number' ? stored : null;
}
