import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { anchorArticleSpans, anchorQuotes, type PageIndex } from '@/lib/anchoring/anchor-mentions';
import { alignArticle, type ArticleAlignment } from '@/lib/anchoring/article-alignment';
import { PageWatch } from '@/lib/anchoring/page-watch';
import { PageOverlay, type OverlayItem } from '@/lib/highlights/page-overlay';
import { removeMarks, wrapInMarks } from '@/lib/highlights/mark-fallback';
import {
  flashRange,
  paintConfirmed,
  paintHighlights,
  supportsHighlights,
} from '@/lib/highlights/paint-highlights';
import { CAPTURED_TEXT } from '@/lib/messaging/capture-messages';
import {
  readHighlighterRequest,
  type HighlighterMessage,
  type HighlighterRequest,
} from '@/lib/messaging/highlighter-messages';
import type { RequestOf } from '@/lib/messaging/protocol';
import type { RuntimeMessages } from '@/lib/messaging/runtime-messages';
import { KIND_OF_LETTER } from '@/lib/messaging/paint-format';
import type { TabHandlers, TabRequest, TabResponse } from '@/lib/messaging/tab-messages';
import type { MentionKind } from '@/lib/schema/mention-kind';
import { errorMessage } from '@/lib/error-message';

const INSTALLED = Symbol.for('conflict-reader.highlighter');

/**
 * The highlighter: paints the mentions the background found, keeps them anchored while the page
 * changes, marks confirmed evidence and shows the legend and hover cards. Injected on demand by
 * the background, after the capture script, while the article is being analysed.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injecting twice into one page must not register two listeners.
    const scope = globalThis as { [INSTALLED]?: boolean; [CAPTURED_TEXT]?: string };
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;

    let overlay: PageOverlay | null = null;
    let painted: TabRequest<'paint-mentions'> | null = null;
    let cards: string[] = [];
    let watch: PageWatch | null = null;
    const pageWatch = () => (watch ??= new PageWatch(document.body, () => void repaint()));
    const pageIndex = () => pageWatch().current();
    // Without the Highlight API, mentions are wrapped in marks: the page's DOM changes, so only then.
    const highlightApi = supportsHighlights(window);
    let aligned: { index: PageIndex; alignment: ArticleAlignment } | null = null;
    /** The article text's alignment with the page as it is now (kept while neither changes). */
    const alignmentFor = (index: PageIndex, text: string): ArticleAlignment => {
      if (aligned?.index !== index || aligned.alignment.text !== text) {
        aligned = { index, alignment: alignArticle(text, index.search) };
      }
      return aligned.alignment;
    };

    /** Anchor and paint a request's mentions and confirmed evidence, replacing earlier highlights. */
    const paint = ({ mentions, confirmed }: TabRequest<'paint-mentions'>): TabResponse<'paint-mentions'> => {
      const started = performance.now();
      const { text, spans, kinds } = mentions;
      if (!highlightApi) pageWatch().withoutWatching(() => removeMarks(document));
      const index = pageIndex();
      const { anchored, orphans } = anchorArticleSpans(
        document.body,
        text,
        Array.from(kinds, (_, i) => ({
          id: String(i),
          start: spans[2 * i] as number,
          end: spans[2 * i + 1] as number,
        })),
        index,
        alignmentFor(index, text),
      );
      const byKind = new Map<MentionKind, AbstractRange[]>();
      const overlayItems: OverlayItem[] = [];
      for (const anchor of anchored) {
        const i = Number(anchor.id);
        const kind = KIND_OF_LETTER[kinds[i] as string] as MentionKind;
        const ranges = byKind.get(kind);
        if (ranges) ranges.push(anchor.staticRange());
        else byKind.set(kind, [anchor.staticRange()]);
        overlayItems.push({
          kind,
          order: anchor.start,
          get range() {
            return anchor.range;
          },
          card: () => cards[i] ?? '',
        });
      }
      const evidence = anchorQuotes(document.body, confirmed, index);
      const anchoredAt = performance.now();
      const count = highlightApi
        ? paintHighlights(document, byKind)
        : pageWatch().withoutWatching(() => wrapInMarks(document, byKind));
      paintConfirmed(
        document,
        evidence.anchored.map((a) => a.staticRange()),
      );
      overlay?.destroy();
      overlay = new PageOverlay(document, overlayItems);
      const paintedAt = performance.now();
      return {
        painted: count,
        orphans: orphans.length,
        confirmedOrphans: evidence.orphans.map((o) => o.id),
        anchorMs: anchoredAt - started,
        paintMs: paintedAt - anchoredAt,
        paintedAt,
      };
    };

    /** The page changed under its highlights: anchor them again and tell the side panel. */
    const repaint = async () => {
      if (!painted) return;
      const highlights = paint(painted);
      const payload: RequestOf<RuntimeMessages, 'highlights-changed'> = { highlights };
      await browser.runtime.sendMessage({ type: 'highlights-changed', payload }).catch(() => undefined);
    };

    const handlers: Required<Pick<TabHandlers<unknown>, HighlighterMessage>> = {
      'flash-quote': async ({ selector, hint }) => {
        const [found] = anchorQuotes(
          document.body,
          [{ id: 'evidence', selector, hint }],
          pageIndex(),
        ).anchored;
        if (found) flashRange(document, found.range);
        return { found: found !== undefined };
      },
      'paint-mentions': async (request) => {
        if (request.paintId !== painted?.paintId) cards = [];
        painted = request;
        return paint(request);
      },
      'describe-mentions': async (request) => {
        const current = request.paintId === painted?.paintId;
        if (current) cards = request.cards;
        return { described: current };
      },
    };

    // Index the page and align the captured text with it now, while the background extracts.
    const captured = scope[CAPTURED_TEXT];
    if (captured) setTimeout(() => alignmentFor(pageIndex(), captured), 0);

    const answer = (request: HighlighterRequest, sender: unknown): Promise<unknown> => {
      switch (request.type) {
        case 'paint-mentions':
          return handlers['paint-mentions'](request.payload, sender);
        case 'describe-mentions':
          return handlers['describe-mentions'](request.payload, sender);
        case 'flash-quote':
          return handlers['flash-quote'](request.payload, sender);
      }
    };

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      let reply: Promise<unknown>;
      try {
        const request = readHighlighterRequest(raw);
        if (!request) return false;
        reply = answer(request, sender);
      } catch (error) {
        reply = Promise.reject(error);
      }
      // The background's sendTyped passes `{ error }` on as the reason.
      reply.then(sendResponse, (error: unknown) => sendResponse({ error: errorMessage(error) }));
      return true;
    });
  },
});
