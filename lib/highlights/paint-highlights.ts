import { MENTION_KIND_NAMES, MENTION_KINDS, perKind, type MentionKind } from '../schema/mention-kind';

/** One registered highlight per kind, so each can be styled and toggled on its own. */
export const HIGHLIGHT_NAMES: Record<MentionKind, string> = perKind((kind) => `conflict-reader-${kind}`);

/** Evidence of events the user has confirmed, marked again whenever the page is analysed. */
export const CONFIRMED_HIGHLIGHT = 'conflict-reader-confirmed';

/** The evidence of an event the user picked in the side panel, flashed for a moment. */
export const FOCUS_HIGHLIGHT = 'conflict-reader-focus';
const FOCUS_MS = 2000;

/** Each kind's fill and underline (see MENTION_KINDS), as a CSS declaration. */
export const KIND_STYLE: Record<MentionKind, string> = perKind((kind) => {
  const { fill, underline, line } = MENTION_KINDS[kind];
  return `background-color: ${fill}; text-decoration: underline ${underline} ${line};`;
});

const STYLE = `
${MENTION_KIND_NAMES.map((k) => `::highlight(${HIGHLIGHT_NAMES[k]}) { ${KIND_STYLE[k]} }`).join('\n')}
::highlight(${CONFIRMED_HIGHLIGHT}) { text-decoration: underline wavy rgb(46 139 87); text-decoration-thickness: 2px; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(255 214 0 / 0.65); color: black; }
`;

/** Whether this browser has the CSS Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/**
 * Paint ranges as highlights without touching the page's DOM: the CSS Custom Highlight API draws
 * them, and the styles go in through an adopted style sheet. Replaces what was painted before.
 */
export function paintHighlights(
  doc: Document,
  rangesByKind: ReadonlyMap<MentionKind, readonly AbstractRange[]>,
): number {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !supportsHighlights(win)) {
    throw new Error('this browser cannot draw highlights (no CSS Custom Highlight API)');
  }
  installStyle(doc, win);
  let painted = 0;
  for (const kind of MENTION_KIND_NAMES) {
    const ranges = rangesByKind.get(kind) ?? [];
    win.CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlightOf(win, ranges));
    painted += ranges.length;
  }
  return painted;
}

/** Mark the evidence sentences of confirmed events (replacing earlier marks). */
export function paintConfirmed(doc: Document, ranges: readonly AbstractRange[]): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !supportsHighlights(win)) return;
  installStyle(doc, win);
  win.CSS.highlights.set(CONFIRMED_HIGHLIGHT, highlightOf(win, ranges));
}

/** One Highlight of many ranges (added one by one: spreading 100,000 arguments would overflow). */
function highlightOf(win: Window & typeof globalThis, ranges: readonly AbstractRange[]): Highlight {
  const highlight = new win.Highlight();
  for (const range of ranges) highlight.add(range);
  return highlight;
}

/** Scroll a range into view and flash it, without touching the page's DOM. */
export function flashRange(doc: Document, range: Range): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!win || !supportsHighlights(win)) return;
  installStyle(doc, win);
  const highlight = new win.Highlight(range);
  win.CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
  win.setTimeout(() => {
    if (win.CSS.highlights.get(FOCUS_HIGHLIGHT) === highlight) win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }, FOCUS_MS);
}

/** The style each document was given (an adopted sheet, or a style element where that fails). */
const installed = new WeakMap<Document, CSSStyleSheet | HTMLStyleElement>();

function installStyle(doc: Document, win: Window & typeof globalThis): void {
  if (installed.has(doc)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    installed.set(doc, sheet);
  } catch {
    // Where a content script may not adopt a sheet into the page, a style element does the same.
    const style = doc.createElement('style');
    style.dataset.conflictReader = 'highlights';
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
    installed.set(doc, style);
  }
}

/** Take every highlight painted here out of the page, with their style. */
export function removeHighlights(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && supportsHighlights(win)) {
    for (const name of [...Object.values(HIGHLIGHT_NAMES), CONFIRMED_HIGHLIGHT, FOCUS_HIGHLIGHT]) {
      win.CSS.highlights.delete(name);
    }
  }
  const style = installed.get(doc);
  if (!style) return;
  installed.delete(doc);
  if ('remove' in style) style.remove();
  else doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== style);
}
