import { MENTION_KIND_NAMES, MENTION_KINDS, type MentionKind } from '../schema/mention-kind';
import { lineBoxAt, lineHeightPixels, placeCard } from './card-placement';
import { closedHost } from './closed-host';
import { setMarksVisible } from './mark-fallback';
import { highlightNames, supportsHighlights } from './paint-highlights';
import type { PrivateLayer } from './private-layer';

export interface OverlayItem {
  kind: MentionKind;
  /** Its position in the page's text: items are kept in this order. */
  order: number;
  /** Its live Range, asked for only when the pointer or keyboard reaches it (may be a getter). */
  readonly range: Range;
  /** The card's title, then its lines, one per line (see describeMention); '' until known. */
  card(): string;
}

/** Marks the overlay's host element (a plain div) in the page. */
export const OVERLAY_HOST_ATTRIBUTE = 'data-conflict-reader-overlay';

/** The confirmed evidence's swatch in the legend (the private layer's underline colour). */
const CODED_SWATCH = 'rgb(46 139 87)';

/** The legend's name for a kind: "Places". */
const legendLabel = (kind: MentionKind) => {
  const { many } = MENTION_KINDS[kind];
  return `${many.charAt(0).toUpperCase()}${many.slice(1)}`;
};

const CSS_TEXT = `
:host { all: initial; }
.legend, .card { position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; color: #1d2125;
  background: #fff; border: 1px solid #8a939c; border-radius: 8px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); }
.legend { right: 12px; bottom: 12px; padding: 6px 10px; display: flex; gap: 10px; align-items: center; }
.legend label { display: flex; gap: 4px; align-items: center; cursor: pointer; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.legend button { all: unset; cursor: pointer; padding: 0 4px; font-size: 15px; }
.legend button:focus-visible, .legend input:focus-visible { outline: 2px solid #0b5cad; }
.card { max-width: 320px; padding: 8px 10px; pointer-events: none; }
.card[hidden] { display: none; }
.card .kind { font-size: 11px; text-transform: uppercase; color: #5d6670; }
.card .title { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .legend, .card { background: #1f2327; color: #e6e8eb; border-color: #59616a; }
  .card .kind { color: #9aa3ad; }
}`;

/**
 * The extension's in-page UI: a legend that toggles each kind and shows its count, and a card with
 * a mention's meaning on hover or keyboard focus (Alt+Shift+N / Alt+Shift+P move between
 * mentions, Escape closes the card). It lives in a shadow root so page styles can't reach it,
 * and it renders page-derived text only through textContent.
 */
export class PageOverlay {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly items: OverlayItem[];
  private readonly hidden = new Set<MentionKind>();
  private readonly highlights = new Map<MentionKind, Highlight>();
  private focusIndex = -1;
  private readonly onPointerMove = (event: PointerEvent) => this.hover(event);
  private readonly onKeyDown = (event: KeyboardEvent) => this.key(event);

  /** Whether mentions are drawn by the Highlight API (else by the <mark> fallback, without cards). */
  private readonly highlightApi: boolean;

  constructor(
    private readonly doc: Document,
    items: OverlayItem[],
    /** Where the user's own marks are drawn: the legend toggles them with their kind. */
    private readonly layer: PrivateLayer,
  ) {
    // Document order, which the hover lookup's binary search relies on.
    this.items = [...items].sort((a, b) => a.order - b.order);
    const win = doc.defaultView as Window & typeof globalThis;
    this.highlightApi = supportsHighlights(win);
    for (const kind of this.highlightApi ? MENTION_KIND_NAMES : []) {
      const highlight = win.CSS.highlights.get(highlightNames(doc)[kind]);
      if (highlight) this.highlights.set(kind, highlight);
    }
    const { host, root } = closedHost(doc, OVERLAY_HOST_ATTRIBUTE, CSS_TEXT);
    this.host = host;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.setAttribute('role', 'tooltip');
    root.append(this.legend(), this.card);
    doc.documentElement.append(this.host);
    doc.addEventListener('pointermove', this.onPointerMove, { passive: true });
    doc.addEventListener('keydown', this.onKeyDown);
  }

  destroy(): void {
    this.doc.removeEventListener('pointermove', this.onPointerMove);
    this.doc.removeEventListener('keydown', this.onKeyDown);
    this.host.remove();
  }

  private legend(): HTMLElement {
    const legend = this.doc.createElement('div');
    legend.className = 'legend';
    legend.setAttribute('role', 'group');
    legend.setAttribute('aria-label', 'Conflict Reader highlights');
    for (const kind of MENTION_KIND_NAMES) {
      const count = this.items.filter((i) => i.kind === kind).length;
      legend.append(
        this.toggleLabel(kind, `${legendLabel(kind)} ${count}`, MENTION_KINDS[kind].swatch, (on) =>
          this.toggle(kind, on),
        ),
      );
    }
    const coded = this.layer.count('confirmed');
    if (coded) {
      const label = this.toggleLabel('confirmed', `Your events ${coded}`, CODED_SWATCH, (on) =>
        this.layer.setVisible('confirmed', on),
      );
      label.title = 'Sentences of the events you confirmed on this page';
      legend.append(label);
    }
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Hide the highlights');
    close.addEventListener('click', () => {
      for (const kind of MENTION_KIND_NAMES) this.toggle(kind, false);
      this.layer.setVisible('confirmed', false);
      this.destroy();
    });
    legend.append(close);
    return legend;
  }

  /** A legend entry: a checkbox (on at first), its swatch and its text. */
  private toggleLabel(name: string, words: string, colour: string, onChange: (on: boolean) => void) {
    const label = this.doc.createElement('label');
    const box = this.doc.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => onChange(box.checked));
    const swatch = this.doc.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    const text = this.doc.createElement('span');
    text.textContent = words;
    text.dataset.kind = name;
    label.append(box, swatch, text);
    return label;
  }

  private toggle(kind: MentionKind, visible: boolean): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    const highlight = this.highlights.get(kind);
    const name = highlightNames(this.doc)[kind];
    if (!this.highlightApi) setMarksVisible(this.doc, kind, visible);
    else if (visible && highlight) win.CSS.highlights.set(name, highlight);
    else win.CSS.highlights.delete(name);
    this.layer.setVisible(kind, visible);
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
  }

  /** The item under the pointer: ranges are in document order, so a binary search finds it. */
  private hover(event: PointerEvent): void {
    // The marks split the page's text nodes, so the items' ranges no longer hold: no cards then.
    if (!this.highlightApi) return;
    const caret = caretAt(this.doc, event.clientX, event.clientY);
    const item = caret ? this.itemAt(caret.node, caret.offset) : null;
    if (item) this.show(item, event.clientX, event.clientY);
    else if (this.focusIndex < 0) this.card.hidden = true;
  }

  private itemAt(node: Node, offset: number): OverlayItem | null {
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = this.items[mid] as OverlayItem;
      let position: number;
      try {
        position = item.range.comparePoint(node, offset);
      } catch {
        return null;
      }
      if (position === 0) return this.hidden.has(item.kind) ? null : item;
      if (position < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  }

  private key(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.focusIndex = -1;
      this.card.hidden = true;
      return;
    }
    if (!event.altKey || !event.shiftKey || !this.highlightApi) return;
    const step = event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const visible = this.items.filter((i) => !this.hidden.has(i.kind));
    if (!visible.length) return;
    this.focusIndex = (this.focusIndex + step + visible.length) % visible.length;
    const item = visible[this.focusIndex] as OverlayItem;
    const element = item.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const box = item.range.getBoundingClientRect();
    this.show(item, box.left, null);
  }

  /** Show the item's card at `x`, beside the item's line at height `y` (its first line when null). */
  private show(item: OverlayItem, x: number, y: number | null): void {
    const kind = this.doc.createElement('div');
    kind.className = 'kind';
    kind.textContent = item.kind;
    const [heading = '', ...rest] = item.card().split('\n');
    const title = this.doc.createElement('div');
    title.className = 'title';
    title.textContent = heading;
    const lines = rest.map((line) => {
      const div = this.doc.createElement('div');
      div.textContent = line;
      return div;
    });
    this.card.replaceChildren(kind, title, ...lines);
    this.card.hidden = false;
    this.place(item, x, y);
  }

  /** Above or below the hovered line, never over it nor over the line after it (see placeCard). */
  private place(item: OverlayItem, x: number, y: number | null): void {
    const win = this.doc.defaultView as Window;
    const line = lineBoxAt([...item.range.getClientRects()], y);
    if (!line) return;
    const element = item.range.startContainer.parentElement;
    const style = element ? win.getComputedStyle(element) : null;
    // Measured at the left edge: a fixed box near the right edge would shrink to fit.
    this.card.style.left = '0px';
    const { left, top } = placeCard({
      line,
      lineHeight: style ? lineHeightPixels(style.lineHeight, style.fontSize) : 0,
      x,
      card: { width: this.card.offsetWidth, height: this.card.offsetHeight },
      viewport: { width: win.innerWidth, height: win.innerHeight },
    });
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (withPosition.caretPositionFromPoint) {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
