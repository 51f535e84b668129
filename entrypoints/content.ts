import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureArticle, captureSelection } from '@/lib/capture';
import { CAPTURED_TEXT, isCaptureMessage, type CaptureMessage } from '@/lib/messaging/capture-messages';
import { errorMessage } from '@/lib/error-message';

const INSTALLED = Symbol.for('conflict-reader.content-script');

/**
 * Injected on demand (toolbar button, shortcut or an opted-in site) by the background, never
 * declared for all sites. It only reads the page: it captures the article (or the selection)
 * for the background to store. The highlighter (highlighter.content.ts) is injected while the
 * background extracts, so this first injection stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injecting twice into one page must not register two listeners.
    const scope = globalThis as { [INSTALLED]?: boolean; [CAPTURED_TEXT]?: string };
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;

    const answer = async (type: CaptureMessage): Promise<unknown> => {
      switch (type) {
        case 'capture-page': {
          const result = captureArticle(document, { url: location.href });
          // For the highlighter, which aligns it with the page while the background extracts.
          if (result.ok) scope[CAPTURED_TEXT] = result.text;
          return result;
        }
        case 'capture-selection':
          return captureSelection(window.getSelection()?.toString() ?? '', {
            url: location.href,
            title: document.title,
            lang: document.documentElement.lang || null,
          });
        case 'read-selection':
          return { text: window.getSelection()?.toString().trim() ?? '' };
        case 'ping':
          return { ready: true };
      }
    };

    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      if (!isCaptureMessage(raw)) return false;
      // The background's sendTyped parses the reply, and passes `{ error }` on as the reason.
      answer(raw.type).then(sendResponse, (error: unknown) => sendResponse({ error: errorMessage(error) }));
      return true;
    });
  },
});
