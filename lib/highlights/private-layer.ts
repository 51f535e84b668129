import { MENTION_KIND_NAMES, MENTION_KINDS, type MentionKind } from '../schema/mention-kind';
import { closedHost } from './closed-host';

/**
 * What the private layer draws: the evidence of events the user confirmed, the quote they asked
 * to see, and mentions of each kind that only their own corrections found.
 */
export type PrivateMark = 'confirmed' | 'focus' | MentionKind;

/** Marks the private layer's host element (a plain div) in the page. */
export const PRIVATE_LAYER_ATTRIBUTE = 'data-conflict-reader-layer';

/** Boxes drawn at most: a page can hold many line boxes, and each is an element. */
export const MAX_PRIVATE_BOXES = 2_000;

const CSS_TEXT = `
:host { all: initial; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible;
  pointer-events: none; z-index: 2147483646; }
.layer > div { position: absolute; pointer-events: none; box-sizing: border-box; }
.confirmed { border-bottom: 2px solid rgb(46 139 87); }
.focus { background-color: rgb(255 214 0 / 0.45); }
${MENTION_KIND_NAMES.map((kind) => {
  const { fill, underline, line } = MENTION_KINDS[kind];
  return `.${kind} { background-color: ${fill}; border-bottom: 2px ${underline} ${line}; }`;
}).join('\n')}`;

/**
 * Marks drawn from what only the user knows, as boxes in a closed shadow root: a page script can
 * read the Custom Highlight registry and the DOM, so what the reader coded on a page, and what
 * their corrections recognise, must be in neither. The boxes sit in document coordinates (they
 * scroll with the page) and are laid out again, once per frame at most, when the window or the
 * page's size changes, or when `layout()` is called after the page's text changed.
 */
export class PrivateLayer {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly groups = new Map<PrivateMark, readonly Range[]>();
  private readonly hidden = new Set<PrivateMark>();
  private readonly resizes: ResizeObserver | null;
  private frame = 0;
  private readonly onResize = () => this.scheduleLayout();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as Window & typeof globalThis;
    const { host, root } = closedHost(doc, PRIVATE_LAYER_ATTRIBUTE, CSS_TEXT);
    this.host = host;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    root.append(this.layer);
    doc.documentElement.append(this.host);
    win.addEventListener('resize', this.onResize, { passive: true });
    this.resizes = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(this.onResize) : null;
    this.resizes?.observe(doc.documentElement);
  }

  /** Draw these ranges as `mark` (replacing what it drew before). */
  set(mark: PrivateMark, ranges: readonly Range[]): void {
    if (ranges.length) this.groups.set(mark, ranges);
    else this.groups.delete(mark);
    this.scheduleLayout();
  }

  /** Show or hide one kind of mark (the legend's toggles). */
  setVisible(mark: PrivateMark, visible: boolean): void {
    if (visible) this.hidden.delete(mark);
    else this.hidden.add(mark);
    this.scheduleLayout();
  }

  /** Show every kind of mark again (a new paint starts with all shown). */
  showAll(): void {
    this.hidden.clear();
    this.scheduleLayout();
  }

  /** How many ranges `mark` holds. */
  count(mark: PrivateMark): number {
    return this.groups.get(mark)?.length ?? 0;
  }

  /** Place every box again now (after the page's text or layout changed). */
  layout(): void {
    const win = this.doc.defaultView as Window;
    if (this.frame) win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    // Box positions are measured from the layer's own corner, wherever the page puts it.
    const origin = this.layer.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const [mark, ranges] of this.groups) {
      if (this.hidden.has(mark)) continue;
      for (const range of ranges) {
        for (const rect of lineRects(range)) {
          if (boxes.length >= MAX_PRIVATE_BOXES) break;
          const box = this.doc.createElement('div');
          box.className = mark;
          box.style.left = `${rect.left - origin.left}px`;
          box.style.top = `${rect.top - origin.top}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          boxes.push(box);
        }
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  destroy(): void {
    const win = this.doc.defaultView as Window;
    if (this.frame) win.cancelAnimationFrame(this.frame);
    win.removeEventListener('resize', this.onResize);
    this.resizes?.disconnect();
    this.host.remove();
  }

  private scheduleLayout(): void {
    if (this.frame) return;
    this.frame = (this.doc.defaultView as Window).requestAnimationFrame(() => this.layout());
  }
}

/**
 * A range's line boxes, one per line of each text node it covers: the range's own client rects
 * would also hold the boxes of whole elements inside it (a paragraph's, under a quote that spans two).
 */
function lineRects(range: Range): DOMRect[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc || !range.startContainer.isConnected) return [];
  const root = range.commonAncestorContainer;
  const rects: DOMRect[] = [];
  const piece = doc.createRange();
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start) return;
    piece.setStart(node, start);
    piece.setEnd(node, end);
    for (const rect of piece.getClientRects()) {
      if (rect.width > 0 && rect.height > 0) rects.push(rect);
    }
  };
  if (root.nodeType === Node.TEXT_NODE) {
    add(root as Text);
    return rects;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) add(node as Text);
    else if (range.comparePoint(node, 0) > 0) break;
  }
  return rects;
}
