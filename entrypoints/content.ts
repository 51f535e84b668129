import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { anchorQuotes } from '@/lib/anchoring/anchor-mentions';
import { captureArticle, captureSelection } from '@/lib/capture';
import { PageOverlay, type OverlayItem } from '@/lib/highlights/page-overlay';
import { flashRange, paintConfirmed, paintHighlights } from '@/lib/highlights/paint-highlights';
import type { MentionKind } from '@/lib/schema';
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

    let overlay: PageOverlay | null = null;
    const handlers: Handlers<unknown> = {
      'capture-page': async () => captureArticle(document, { url: location.href }),
      'capture-selection': async () =>
        captureSelection(window.getSelection()?.toString() ?? '', {
          url: location.href,
          title: document.title,
          lang: document.documentElement.lang || null,
        }),
      ping: async () => ({ ready: true as const }),
      'read-selection': async () => ({ text: window.getSelection()?.toString().trim() ?? '' }),
      'flash-quote': async ({ selector, hint }) => {
        const [found] = anchorQuotes(document.body, [{ id: 'evidence', selector, hint }]).anchored;
        if (found) flashRange(document, found.range);
        return { found: found !== undefined };
      },
      'paint-mentions': async ({ items, confirmed }) => {
        const started = performance.now();
        const { anchored, orphans } = anchorQuotes(
          document.body,
          items.map((item, i) => ({ id: String(i), selector: item.selector, hint: item.hint })),
        );
        const byKind = new Map<MentionKind, Range[]>();
        const overlayItems: OverlayItem[] = [];
        for (const { id, range } of anchored) {
          const item = items[Number(id)] as (typeof items)[number];
          const ranges = byKind.get(item.kind);
          if (ranges) ranges.push(range);
          else byKind.set(item.kind, [range]);
          overlayItems.push({ kind: item.kind, range, title: item.title, lines: item.lines });
        }
        const evidence = anchorQuotes(document.body, confirmed);
        const anchoredAt = performance.now();
        const painted = paintHighlights(document, byKind);
        paintConfirmed(
          document,
          evidence.anchored.map((a) => a.range),
        );
        overlay?.destroy();
        overlay = new PageOverlay(document, overlayItems);
        return {
          painted,
          orphans: orphans.length,
          confirmedOrphans: evidence.orphans.map((o) => o.id),
          anchorMs: anchoredAt - started,
          paintMs: performance.now() - anchoredAt,
        };
      },
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
