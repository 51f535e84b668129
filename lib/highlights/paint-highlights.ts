import type { MentionKind } from '../schema';

/** One registered highlight per kind, so each can be styled and toggled on its own. */
export const HIGHLIGHT_NAMES: Record<MentionKind, string> = {
  place: 'conflict-reader-place',
  actor: 'conflict-reader-actor',
  number: 'conflict-reader-number',
  date: 'conflict-reader-date',
};

/** Evidence of events the user has confirmed, marked again whenever the page is analysed. */
export const CONFIRMED_HIGHLIGHT = 'conflict-reader-confirmed';

/** The evidence of an event the user picked in the side panel, flashed for a moment. */
export const FOCUS_HIGHLIGHT = 'conflict-reader-focus';
const FOCUS_MS = 2000;

/**
 * Okabe–Ito colours (distinguishable with the common colour-blindnesses), translucent so they
 * read on light and dark pages, plus a different underline per kind so colour is not the only cue.
 */
export const KIND_STYLE: Record<MentionKind, string> = {
  place: 'background-color: rgb(86 180 233 / 0.35); text-decoration: underline solid rgb(0 114 178);',
  actor: 'background-color: rgb(230 159 0 / 0.35); text-decoration: underline dashed rgb(213 94 0);',
  number: 'background-color: rgb(0 158 115 / 0.3); text-decoration: underline double rgb(0 120 90);',
  date: 'background-color: rgb(204 121 167 / 0.3); text-decoration: underline dotted rgb(160 70 120);',
};

const STYLE = `
${(Object.keys(HIGHLIGHT_NAMES) as MentionKind[]).map((k) => `::highlight(${HIGHLIGHT_NAMES[k]}) { ${KIND_STYLE[k]} }`).join('\n')}
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
  for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES) as [MentionKind, string][]) {
    const ranges = rangesByKind.get(kind) ?? [];
    win.CSS.highlights.set(name, highlightOf(win, ranges));
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

const installed = new WeakSet<Document>();

function installStyle(doc: Document, win: Window & typeof globalThis): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Where a content script may not adopt a sheet into the page, a style element does the same.
    const style = doc.createElement('style');
    style.dataset.conflictReader = 'highlights';
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
  }
}
