import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureArticle, captureSelection } from '@/lib/capture';
import { dispatchMessage, type Handlers } from '@/lib/messaging';

const INSTALLED = Symbol.for('conflict-reader.content-script');

/**
 * Injected on demand (toolbar button, shortcut or an opted-in site) by the background, never
 * declared for all sites. It only reads the page; the background stores what it captures.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injecting twice into one page must not register two listeners.
    const scope = globalThis as { [INSTALLED]?: boolean };
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;

    const handlers: Handlers<unknown> = {
      'capture-page': async () => captureArticle(document, { url: location.href }),
      'capture-selection': async () =>
        captureSelection(window.getSelection()?.toString() ?? '', {
          url: location.href,
          title: document.title,
          lang: document.documentElement.lang || null,
        }),
    };

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      const reply = dispatchMessage(handlers, raw, sender);
      if (!reply) return false;
      reply.then(sendResponse, (error: unknown) =>
        sendResponse({
          ok: false,
          reason: 'error',
          message: `Capture failed: ${String(error)}`,
          durationMs: 0,
        }),
      );
      return true;
    });
  },
});
