import {
  anchorArticleSpans,
  anchorQuotes,
  type Anchored,
  type PageIndex,
} from '../anchoring/anchor-mentions';
import { rangeFromTextMap } from '../anchoring/text-position';
import { alignArticle, type ArticleAlignment } from '../anchoring/article-alignment';
import { PageWatch, type WatchTiming } from '../anchoring/page-watch';
import { KIND_OF_LETTER, textKeyOf } from '../messaging/paint-format';
import type { PaintMentions, TabRequest, TabResponse } from '../messaging/tab-messages';
import type { Highlights } from '../schema/highlights';
import { MENTION_KIND_NAMES, type MentionKind } from '../schema/mention-kind';
import { removeMarks, uninstallMarks, wrapInMarks } from './mark-fallback';
import { PageOverlay, type OverlayItem } from './page-overlay';
import { paintHighlights, removeHighlights, supportsHighlights } from './paint-highlights';
import { PrivateLayer, type PrivateMark } from './private-layer';

/** How long a quote the user asked to see stays flashed. */
const FOCUS_MS = 2000;

type PaintRequest = TabRequest<'paint-mentions'>;

/** What is painted: the request, the article text its spans count in, and the hover cards. */
export interface Painted {
  request: PaintRequest;
  text: string;
  cards: string[];
}

export interface PageHighlighterOptions {
  /**
   * The article text this page captured, if it did (asked at each paint: a new capture replaces
   * it). Paint requests name their text; this is the copy the page holds.
   */
  capturedText(): string | undefined;
  /** The page changed under its highlights, and they were anchored and painted again. */
  onRepaint(highlights: Highlights): void;
  /** How quiet the page must stay before that (PageWatch's defaults unless a test says otherwise). */
  watchTiming?: WatchTiming;
}

/**
 * The highlighter's work in a page: paints the mentions the background found, keeps them anchored
 * while the page changes, marks confirmed evidence, flashes a quote, and shows the legend and
 * hover cards. `destroy()` takes all of it out of the page again.
 */
export class PageHighlighter {
  private current: Painted | null = null;
  private overlay: PageOverlay | null = null;
  /** The user's own marks (confirmed evidence, their corrections' mentions, a flashed quote). */
  private layer: PrivateLayer | null = null;
  private focusTimer = 0;
  private watch: PageWatch | null = null;
  /** The article text's alignment with the page as it is now (kept while neither changes). */
  private aligned: { index: PageIndex; alignment: ArticleAlignment } | null = null;
  /** The captured text's key, computed once per capture. */
  private capturedKey: { text: string; key: string } | null = null;
  /** Without the Highlight API mentions are wrapped in marks: the page's DOM changes, so only then. */
  private readonly highlightApi: boolean;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly options: PageHighlighterOptions,
  ) {
    this.highlightApi = supportsHighlights(doc.defaultView as Window & typeof globalThis);
  }

  /** Index the page and align the captured text with it now, before the paint request comes. */
  prepare(): void {
    const captured = this.options.capturedText();
    if (captured && !this.destroyed) this.alignmentFor(this.pageIndex(), captured);
  }

  /**
   * Anchor and paint a request's mentions and confirmed evidence, replacing earlier highlights;
   * `needsText` when this page does not hold the text the request names.
   */
  paint(request: PaintRequest): TabResponse<'paint-mentions'> {
    this.assertLive();
    const text = this.textOf(request.mentions);
    if (text === null) return { needsText: true };
    this.current = { request, text, cards: [] };
    return this.draw(this.current);
  }

  /** Take the hover cards of the mentions painted last (and only of those). */
  describe({ paintId, cards }: TabRequest<'describe-mentions'>): TabResponse<'describe-mentions'> {
    const described = paintId === this.current?.request.paintId;
    if (this.current && described) this.current.cards = cards;
    return { described };
  }

  /** Scroll to a quote and flash it. */
  flash({ selector, hint }: TabRequest<'flash-quote'>): TabResponse<'flash-quote'> {
    this.assertLive();
    const index = this.pageIndex();
    const [found] = anchorQuotes(
      this.pageWatch().root(),
      [{ id: 'evidence', selector, hint }],
      index,
    ).anchored;
    if (found) {
      const win = this.doc.defaultView as Window;
      found.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // In the private layer: which sentence the user looks at is theirs to know.
      const layer = this.privateLayer();
      layer.set('focus', [found.range]);
      win.clearTimeout(this.focusTimer);
      this.focusTimer = win.setTimeout(() => layer.set('focus', []), FOCUS_MS);
    }
    return { found: found !== undefined };
  }

  /** What is painted now, for a highlighter that takes over from this one (see `restore`). */
  painted(): Painted | null {
    return this.current;
  }

  /** Paint again what another highlighter painted in this page. */
  restore(painted: Painted): void {
    this.assertLive();
    this.current = painted;
    this.draw(painted);
  }

  /** Take the highlights, marks, legend and cards out of the page and stop watching it. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.watch?.disconnect();
    this.watch = null;
    this.overlay?.destroy();
    this.overlay = null;
    (this.doc.defaultView as Window).clearTimeout(this.focusTimer);
    this.layer?.destroy();
    this.layer = null;
    removeHighlights(this.doc);
    if (!this.highlightApi) uninstallMarks(this.doc);
  }

  private assertLive(): void {
    if (this.destroyed) throw new Error('the highlighter has been stopped in this page');
  }

  /** The text a request's spans count in: sent with it, painted last, or captured by this page. */
  private textOf(mentions: PaintMentions): string | null {
    if (mentions.text !== undefined) return mentions.text;
    if (this.current?.request.mentions.textKey === mentions.textKey) return this.current.text;
    const captured = this.options.capturedText();
    if (captured === undefined) return null;
    if (this.capturedKey?.text !== captured) this.capturedKey = { text: captured, key: textKeyOf(captured) };
    return this.capturedKey.key === mentions.textKey ? captured : null;
  }

  private privateLayer(): PrivateLayer {
    this.layer ??= new PrivateLayer(this.doc);
    return this.layer;
  }

  /** Watches the document's body, whichever it is now (a page may put in a new one). */
  private pageWatch(): PageWatch {
    this.watch ??= new PageWatch(this.doc, () => this.repaint(), this.options.watchTiming);
    return this.watch;
  }

  private pageIndex(): PageIndex {
    return this.pageWatch().current();
  }

  private alignmentFor(index: PageIndex, text: string): ArticleAlignment {
    if (this.aligned?.index !== index || this.aligned.alignment.text !== text) {
      this.aligned = { index, alignment: alignArticle(text, index.search) };
    }
    return this.aligned.alignment;
  }

  /** The page changed under its highlights: anchor them again and say so. */
  private repaint(): void {
    if (!this.current || this.destroyed) return;
    this.options.onRepaint(this.draw(this.current));
  }

  private draw({ request, text }: Painted): Highlights {
    const clock = (this.doc.defaultView as Window).performance;
    const started = clock.now();
    const { spans, kinds } = request.mentions;
    if (!this.highlightApi) this.pageWatch().withoutWatching(() => removeMarks(this.doc));
    const index = this.pageIndex();
    // The body the index was built from: the page may have put in a new one since this began.
    const root = this.pageWatch().root();
    const { anchored, orphans } = anchorArticleSpans(
      root,
      text,
      Array.from(kinds, (_, i) => ({
        id: String(i),
        start: spans[2 * i] as number,
        end: spans[2 * i + 1] as number,
      })),
      index,
      this.alignmentFor(index, text),
    );
    // What the user's corrections found goes to the private layer, the rest to the page's registry.
    const own = new Set(request.mentions.own);
    const byKind = new Map<MentionKind, AbstractRange[]>();
    const ownMarks = new Map<PrivateMark, Anchored[]>();
    const overlayItems: OverlayItem[] = [];
    let ownPainted = 0;
    for (const anchor of anchored) {
      const i = Number(anchor.id);
      const kind = KIND_OF_LETTER[kinds[i] as string] as MentionKind;
      if (own.has(i)) {
        pushTo(ownMarks, kind, anchor);
        ownPainted++;
      } else pushTo(byKind, kind, anchor.staticRange());
      overlayItems.push({
        kind,
        order: anchor.start,
        get range() {
          return anchor.range;
        },
        card: () => this.current?.cards[i] ?? '',
      });
    }
    const evidence = anchorQuotes(root, request.confirmed, index);
    const anchoredAt = clock.now();
    const count = this.highlightApi
      ? paintHighlights(this.doc, byKind)
      : this.pageWatch().withoutWatching(() => wrapInMarks(this.doc, byKind));
    // Ranges made after the marks (if any) split the page's text nodes; the text's offsets hold.
    const { map } = this.pageIndex();
    const layer = this.privateLayer();
    layer.showAll();
    ownMarks.set('confirmed', evidence.anchored);
    for (const mark of [...MENTION_KIND_NAMES, 'confirmed'] as const) {
      layer.set(
        mark,
        (ownMarks.get(mark) ?? []).map((a) => rangeFromTextMap(map, a.start, a.end)),
      );
    }
    this.overlay?.destroy();
    this.overlay = new PageOverlay(this.doc, overlayItems, layer);
    const paintedAt = clock.now();
    return {
      painted: count + ownPainted,
      orphans: orphans.length,
      confirmedOrphans: evidence.orphans.map((o) => o.id),
      anchorMs: anchoredAt - started,
      paintMs: paintedAt - anchoredAt,
      paintedAt,
    };
  }
}

function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
