import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureArticle, captureSelection } from '@/lib/capture';
import { CAPTURED_TEXT, readCaptureRequest, type CaptureProtocol } from '@/lib/messaging/capture-messages';
import { listen } from '@/lib/messaging/listen';
import type { Handlers } from '@/lib/messaging/protocol';

/**
 * Injected on demand (toolbar button, shortcut or an opted-in site) by the background, never
 * declared for all sites. It only reads the page: it captures the article (or the selection)
 * for the background to store. The highlighter (highlighter.content.ts) is injected while the
 * background extracts, so this first injection stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again into the same page, this copy replaces the older one: WXT invalidates the
    // older copy's context, which stops its listener.
    const scope = globalThis as { [CAPTURED_TEXT]?: string };
    const handlers: Handlers<CaptureProtocol, Browser.runtime.MessageSender> = {
      'capture-page': async () => {
        const result = captureArticle(document, { url: location.href });
        if (result.ok) scope[CAPTURED_TEXT] = result.text;
        return result;
      },
      'capture-selection': async () => {
        const result = captureSelection(window.getSelection()?.toString() ?? '', {
          url: location.href,
          title: document.title,
          lang: document.documentElement.lang || null,
        });
        if (result.ok) scope[CAPTURED_TEXT] = result.text;
        return result;
      },
      'read-selection': async () => ({ text: window.getSelection()?.toString().trim() ?? '' }),
      ping: async () => ({ ready: true }),
    };
    listen(browser.runtime.onMessage, readCaptureRequest, handlers, { signal: ctx.signal });
  },
});
