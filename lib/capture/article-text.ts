/**
 * Article HTML (Readability's `content`) to the plain text that is stored and analysed.
 *
 * Block elements become paragraphs separated by one blank line, `<br>` a single newline. White
 * space inside a paragraph is collapsed, but only ASCII white space: non-breaking spaces and curly
 * quotes are kept exactly, because mentions are located in this text by exact substring and the
 * page's own characters are what a reader (and the gold annotations) see.
 *
 * Works by walking a DOM tree, never by pattern-matching HTML, and iteratively, so pathologically
 * deep markup cannot overflow the stack.
 */
import { dropBoilerplateParagraphs } from './boilerplate';

/** Paragraph separator in captured text. */
export const PARAGRAPH_BREAK = '\n\n';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose start and end are paragraph boundaries. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is never article prose (code, fallbacks, form controls, media). */
const SKIPPED_TAGS = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'iframe',
  'input',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

/** A figure without a caption whose text is this short is a media placeholder ("Video", "Play"). */
const FIGURE_PLACEHOLDER_MAX_CHARS = 40;

/** ASCII white space only: `\s` would also swallow U+00A0 and other characters the text must keep. */
const ASCII_WHITESPACE_RUN = /[ \t\n\r\f\v]+/g;

/** Plain text of a DOM subtree: paragraphs joined by blank lines, boilerplate lines dropped. */
export function articleTextFromNode(root: Node): string {
  return dropBoilerplateParagraphs(paragraphsOf(root)).join(PARAGRAPH_BREAK);
}

/**
 * Plain text of an HTML fragment. It is parsed into an inert document made by `doc`'s
 * implementation, so its scripts never run and its images never load.
 */
export function articleTextFromHtml(html: string, doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return articleTextFromNode(inert.body);
}

/**
 * Normalise text that is already plain (a user's selection) the same way: blank lines separate
 * paragraphs, single newlines stay line breaks, other white space runs become one space.
 */
export function normalisePlainText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return groupLines(lines).join(PARAGRAPH_BREAK);
}

/**
 * Cut text that is longer than `maxChars`, at a paragraph boundary when one is near enough, else
 * at a word boundary, so the stored text never ends mid-word.
 */
export function truncateText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  const head = text.slice(0, maxChars);
  const paragraphEnd = head.lastIndexOf(PARAGRAPH_BREAK);
  if (paragraphEnd >= maxChars / 2) return { text: head.slice(0, paragraphEnd), truncated: true };
  const wordEnd = head.search(/[ \t\n][^ \t\n]*$/);
  return { text: (wordEnd > 0 ? head.slice(0, wordEnd) : head).trimEnd(), truncated: true };
}

/** The paragraphs of a subtree, in document order, each already normalised. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';

  const flush = () => {
    lines.push(line);
    paragraphs.push(...groupLines(lines));
    lines = [];
    line = '';
  };

  const enter = (element: Element): boolean => {
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) return false;
    if (tag === 'br') {
      lines.push(line);
      line = '';
      return false;
    }
    if (tag === 'pre') {
      flush();
      paragraphs.push(...preformattedParagraph(element.textContent ?? ''));
      return false;
    }
    if (tag === 'figure' && isPlaceholderFigure(element)) return false;
    if ((tag === 'td' || tag === 'th') && /\S/.test(line)) line += ' | ';
    if (BLOCK_TAGS.has(tag)) flush();
    return true;
  };

  const exit = (element: Element) => {
    if (BLOCK_TAGS.has(element.localName)) flush();
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) descend = enter(node as Element);
    else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) line += (node as Text).data;

    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit(node as Element);

    // Climb until there is a next sibling, leaving (and closing) each finished element.
    let current: Node | null = node;
    while (current && current !== root && !current.nextSibling) {
      current = current.parentNode;
      if (current && current !== root && current.nodeType === ELEMENT_NODE) exit(current as Element);
    }
    node = current && current !== root ? current.nextSibling : null;
  }
  flush();
  return paragraphs;
}

/**
 * Lines of one block to paragraphs: each line collapsed and trimmed; an empty line (a double
 * `<br>`, or a blank line in a selection) separates paragraphs, as it does visually.
 */
function groupLines(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const raw of lines) {
    const text = raw.replace(ASCII_WHITESPACE_RUN, ' ').trim();
    // `\S` treats U+00A0 as space, so a line of only non-breaking spaces (a spacer) is empty.
    if (/\S/.test(text)) current.push(text);
    else close();
  }
  close();
  return paragraphs;
}

/** `<pre>` keeps its line structure; blank lines inside it shrink to one newline so it stays one paragraph. */
function preformattedParagraph(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v]+$/, ''))
    .filter((l) => /\S/.test(l));
  return lines.length ? [lines.join('\n')] : [];
}

function isPlaceholderFigure(figure: Element): boolean {
  if (figure.querySelector('figcaption')) return false;
  const text = (figure.textContent ?? '').replace(ASCII_WHITESPACE_RUN, ' ').trim();
  return text.length < FIGURE_PLACEHOLDER_MAX_CHARS;
}
