import { MENTION_KIND_NAMES, MENTION_KINDS, perKind, type MentionKind } from '../schema/mention-kind';

/**
 * The names each document's highlights are registered under, one per kind. The registry is the
 * page's to read (`for (const [name] of CSS.highlights)`): the names are random, so that they
 * reveal neither the extension nor the kind (which the colours in the style do, and only that).
 */
const namesOf = new WeakMap<Document, Record<MentionKind, string>>();

export function highlightNames(doc: Document): Record<MentionKind, string> {
  let names = namesOf.get(doc);
  if (!names) {
    // A CSS identifier: a letter, then hex digits (getRandomValues: randomUUID needs https).
    names = perKind(
      () => `h${[...crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(16)).join('')}`,
    );
    namesOf.set(doc, names);
  }
  return names;
}

/** Each kind's fill and underline (see MENTION_KINDS), as a CSS declaration. */
export const KIND_STYLE: Record<MentionKind, string> = perKind((kind) => {
  const { fill, underline, line } = MENTION_KINDS[kind];
  return `background-color: ${fill}; text-decoration: underline ${underline} ${line};`;
});

const styleOf = (names: Record<MentionKind, string>) =>
  MENTION_KIND_NAMES.map((kind) => `::highlight(${names[kind]}) { ${KIND_STYLE[kind]} }`).join('\n');

/** Whether this browser has the CSS Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/**
 * Paint ranges as highlights without touching the page's DOM: the CSS Custom Highlight API draws
 * them, and the styles go in through an adopted style sheet. Replaces what was painted before.
 * Only what the extension finds by itself goes here: what comes from the user (their confirmed
 * evidence, their corrections' mentions) is drawn in the private layer (see PrivateLayer).
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
  const names = highlightNames(doc);
  let painted = 0;
  for (const kind of MENTION_KIND_NAMES) {
    const ranges = rangesByKind.get(kind) ?? [];
    win.CSS.highlights.set(names[kind], highlightOf(win, ranges));
    painted += ranges.length;
  }
  return painted;
}

/** One Highlight of many ranges (added one by one: spreading 100,000 arguments would overflow). */
function highlightOf(win: Window & typeof globalThis, ranges: readonly AbstractRange[]): Highlight {
  const highlight = new win.Highlight();
  for (const range of ranges) highlight.add(range);
  return highlight;
}

/** The style each document was given (an adopted sheet, or a style element where that fails). */
const installed = new WeakMap<Document, CSSStyleSheet | HTMLStyleElement>();

function installStyle(doc: Document, win: Window & typeof globalThis): void {
  if (installed.has(doc)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(styleOf(highlightNames(doc)));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    installed.set(doc, sheet);
  } catch {
    // Where a content script may not adopt a sheet into the page, a style element does the same.
    const style = doc.createElement('style');
    style.dataset.conflictReader = 'highlights';
    style.textContent = styleOf(highlightNames(doc));
    (doc.head ?? doc.documentElement).append(style);
    installed.set(doc, style);
  }
}

/** Take every highlight painted here out of the page, with their style. */
export function removeHighlights(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && supportsHighlights(win)) {
    for (const name of Object.values(highlightNames(doc))) win.CSS.highlights.delete(name);
  }
  const style = installed.get(doc);
  if (!style) return;
  installed.delete(doc);
  if ('remove' in style) style.remove();
  else doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== style);
}
