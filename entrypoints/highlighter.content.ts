import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageHighlighter, type Painted } from '@/lib/highlights/page-highlighter';
import { CAPTURED_TEXT } from '@/lib/messaging/capture-messages';
import { readHighlighterRequest, type HighlighterProtocol } from '@/lib/messaging/highlighter-messages';
import { listen } from '@/lib/messaging/listen';
import type { Handlers, RequestOf } from '@/lib/messaging/protocol';
import type { RuntimeMessages } from '@/lib/messaging/runtime-messages';

/** What an older copy of this script painted, left for the copy that replaces it. */
const HANDED_ON = Symbol.for('conflict-reader.highlighter-handed-on');

/**
 * The highlighter (see PageHighlighter): paints the mentions the background found, keeps them
 * anchored while the page changes, marks confirmed evidence and shows the legend and hover cards.
 * Injected on demand by the background, after the capture script, while the article is analysed.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { [HANDED_ON]?: Painted | null; [CAPTURED_TEXT]?: string };
    const highlighter = new PageHighlighter(document, {
      capturedText: () => scope[CAPTURED_TEXT],
      onRepaint: (highlights) => {
        // A copy left behind by a reloaded or updated extension has no one to tell: asking retires it.
        if (ctx.isInvalid) return;
        // The side panel hears that the page changed under its highlights.
        const payload: RequestOf<RuntimeMessages, 'highlights-changed'> = { highlights };
        browser.runtime.sendMessage({ type: 'highlights-changed', payload }).catch(() => undefined);
      },
    });

    // Injected again into the same page, this copy replaces the older one: WXT invalidates the
    // older copy's context (before this runs), which takes its highlights out and stops its
    // listener. It leaves what it painted, and this copy paints it again.
    const handedOn = scope[HANDED_ON];
    scope[HANDED_ON] = null;
    if (!handedOn) {
      // Index the page and align the captured text with it now, while the background extracts.
      ctx.setTimeout(() => highlighter.prepare(), 0);
    } else {
      try {
        highlighter.restore(handedOn);
      } catch {
        // The page no longer has a body to paint in: the next analysis paints afresh.
      }
    }
    ctx.onInvalidated(() => {
      scope[HANDED_ON] = highlighter.painted();
      highlighter.destroy();
    });

    const handlers: Required<Handlers<HighlighterProtocol, Browser.runtime.MessageSender>> = {
      'paint-mentions': async (request) => highlighter.paint(request),
      'describe-mentions': async (request) => highlighter.describe(request),
      'flash-quote': async (request) => highlighter.flash(request),
    };
    listen(browser.runtime.onMessage, readHighlighterRequest, handlers, { signal: ctx.signal });
  },
});
