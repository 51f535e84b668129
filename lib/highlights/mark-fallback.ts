import { MENTION_KIND_NAMES, type MentionKind } from '../schema/mention-kind';
import { KIND_STYLE } from './paint-highlights';

/**
 * Where the CSS Custom Highlight API is missing, mentions are wrapped in <mark> elements instead.
 * That changes the page's DOM (split text nodes, new elements), so it is only the fallback: the
 * caller pauses its page watch while marking (see PageWatch.withoutWatching).
 */
const MARK = 'mark';
const KIND_ATTRIBUTE = 'data-conflict-reader';
const HIDDEN_ATTRIBUTE = 'data-conflict-reader-hidden';

const STYLE = `
mark[${KIND_ATTRIBUTE}] { color: inherit; }
${MENTION_KIND_NAMES.map((k) => `mark[${KIND_ATTRIBUTE}="${k}"] { ${KIND_STYLE[k]} }`).join('\n')}
${MENTION_KIND_NAMES.map((k) => `html[${HIDDEN_ATTRIBUTE}~="${k}"] mark[${KIND_ATTRIBUTE}="${k}"]`).join(
  ',\n',
)} { background: none; text-decoration: none; }
`;

/** Wrap each range in a mark of its kind; returns how many were marked. Replaces earlier marks. */
export function wrapInMarks(
  doc: Document,
  rangesByKind: ReadonlyMap<MentionKind, readonly AbstractRange[]>,
): number {
  removeMarks(doc);
  installStyle(doc);
  const all: { kind: MentionKind; range: Range }[] = [];
  for (const [kind, ranges] of rangesByKind) {
    for (const r of ranges) {
      const range = doc.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      all.push({ kind, range });
    }
  }
  // Last first: splitting a text node further on leaves earlier offsets in it valid.
  all.sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
  let marked = 0;
  for (const { kind, range } of all) {
    const mark = doc.createElement(MARK);
    mark.setAttribute(KIND_ATTRIBUTE, kind);
    try {
      range.surroundContents(mark);
      marked++;
    } catch {
      // A range across element boundaries can't be wrapped whole; it stays unmarked.
    }
  }
  return marked;
}

/** Take the marks out again, leaving the page's text exactly as it was. */
export function removeMarks(doc: Document): void {
  for (const mark of doc.querySelectorAll(`${MARK}[${KIND_ATTRIBUTE}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/** Take the marks, their style and the kinds hidden from the legend out of the page. */
export function uninstallMarks(doc: Document): void {
  removeMarks(doc);
  doc.querySelector(`style[${KIND_ATTRIBUTE}="marks"]`)?.remove();
  doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
}

/** Show or hide one kind's marks (the legend's check boxes). */
export function setMarksVisible(doc: Document, kind: MentionKind, visible: boolean): void {
  const root = doc.documentElement;
  const hidden = new Set((root.getAttribute(HIDDEN_ATTRIBUTE) ?? '').split(' ').filter(Boolean));
  if (visible) hidden.delete(kind);
  else hidden.add(kind);
  if (hidden.size) root.setAttribute(HIDDEN_ATTRIBUTE, [...hidden].join(' '));
  else root.removeAttribute(HIDDEN_ATTRIBUTE);
}

function installStyle(doc: Document): void {
  if (doc.querySelector(`style[${KIND_ATTRIBUTE}="marks"]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(KIND_ATTRIBUTE, 'marks');
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}
