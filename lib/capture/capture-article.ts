/**
 * Capture the article on a page: its text (via Mozilla Readability) and metadata, or a clear
 * reason why there is none. Runs anywhere there is a DOM (content script, jsdom); never throws
 * and never changes the live page: Readability works on a clone, everything else only reads.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { CaptureResult } from '../schema';
import { articleTextFromNode, paragraphsOf, truncateText } from './article-text';
import { removeAdPlaceholders } from './boilerplate';
import {
  captureFailure,
  describeError,
  elapsedSince,
  maxCharsOrDefault,
  MESSAGES,
  titleFromText,
} from './capture-outcome';
import { readJsonLd } from './json-ld';
import { readPageMetadata } from './page-metadata';
import { findPublishedDate } from './published-date';

export interface CaptureArticleOptions {
  /** The page's URL (`location.href`). */
  url: string;
  /** Reference time for rejecting future published dates; defaults to the current time. */
  now?: Date;
  /** Longer article text is cut at a paragraph boundary, with a warning. */
  maxChars?: number;
  /** Pages with more elements than this are reported as too large instead of parsed. */
  maxElemsToParse?: number;
}

/**
 * Readability walks every element, several times; past this a page is not an article page but
 * an archive, a feed or a generated dump. A 5 MB article of plain paragraphs is about 13,000.
 */
export const DEFAULT_MAX_ELEMS_TO_PARSE = 100_000;

/** Less text than this (one tweet's worth) is not an article; isProbablyReaderable uses the same. */
const MIN_ARTICLE_CHARS = 140;

/** Share of the text that may sit inside links before it is a link list (home page, menu). */
const MAX_LINK_DENSITY = 0.5;

/** A prose paragraph: this long and ending like a sentence. */
const MIN_PROSE_PARAGRAPH_CHARS = 80;
const SENTENCE_END = /[.!?…"”’)\]]$/;

const MAX_EXCERPT_CHARS = 300;

export function captureArticle(doc: Document, options: CaptureArticleOptions): CaptureResult {
  const startedAt = performance.now();
  try {
    return captureOrFail(doc, options, startedAt);
  } catch (error) {
    return captureFailure('error', MESSAGES.error(describeError(error)), startedAt);
  }
}

function captureOrFail(doc: Document, options: CaptureArticleOptions, startedAt: number): CaptureResult {
  if (!hasVisibleText(doc)) return captureFailure('empty-page', MESSAGES.emptyPage, startedAt);

  const clone = doc.cloneNode(true) as Document;
  removeAdPlaceholders(clone);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, {
      maxElemsToParse: options.maxElemsToParse ?? DEFAULT_MAX_ELEMS_TO_PARSE,
      // Keep the DOM node instead of serialising to HTML and parsing it back.
      serializer: (node) => node,
      // Only the text is kept: cleaning class names off the clone would be wasted work.
      keepClasses: true,
    }).parse();
  } catch (error) {
    if (/aborting parsing document/i.test(describeError(error))) {
      return captureFailure('too-large', MESSAGES.tooLarge, startedAt);
    }
    throw error;
  }

  const content = parsed?.content;
  if (!parsed || !content) return captureFailure('no-article', MESSAGES.noArticle, startedAt);
  const fullText = articleTextFromNode(content);
  // Readability's pre-check looks for a few long paragraphs. It says "no" to short but real
  // articles (a 300-character news brief), so it is not a veto: a result with real prose counts
  // as an article either way, and only one without asks the pre-check (on the unchanged page).
  // That gives login pages and link lists the clear "not an article" message without losing
  // short stories.
  if (!looksLikeArticle(fullText, content, () => isProbablyReaderable(doc))) {
    return captureFailure('no-article', MESSAGES.noArticle, startedAt);
  }

  const warnings: string[] = [];
  const { text, truncated } = truncateText(fullText, maxCharsOrDefault(options.maxChars));
  if (truncated) warnings.push(MESSAGES.truncated(text.length, fullText.length));

  const jsonLd = readJsonLd(doc);
  const published = findPublishedDate(doc, { now: options.now ?? new Date(), jsonLd });
  warnings.unshift(...published.warnings);
  const metadata = readPageMetadata(doc, { url: options.url, readability: parsed, jsonLd });

  return {
    ok: true,
    metadata: {
      ...metadata,
      title: metadata.title || titleFromText(text),
      publishedAt: published.publishedAt,
      publishedAtSource: published.source,
    },
    text,
    excerpt: excerptOf(parsed.excerpt),
    warnings,
    durationMs: elapsedSince(startedAt),
  };
}

/** Whether the page has any text a reader could see (script and style contents do not count). */
function hasVisibleText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const SHOW_TEXT = 0x4;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template') continue;
    if (/\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

function looksLikeArticle(text: string, content: Node, readerable: () => boolean): boolean {
  if (text.length < MIN_ARTICLE_CHARS) return false;
  if (linkTextLength(content) > text.length * MAX_LINK_DENSITY) return false;
  const hasProse = paragraphsOf(content).some(
    (paragraph) => paragraph.length >= MIN_PROSE_PARAGRAPH_CHARS && SENTENCE_END.test(paragraph.trim()),
  );
  return hasProse || readerable();
}

/** Characters of link text in the content (compared with the text's length: its link density). */
function linkTextLength(content: Node): number {
  if (content.nodeType !== 1) return 0;
  let length = 0;
  for (const link of Array.from((content as Element).querySelectorAll('a'))) {
    length += (link.textContent ?? '').trim().length;
  }
  return length;
}

function excerptOf(excerpt: string | null | undefined): string | null {
  const text = (excerpt ?? '').replace(/[ \t\n\r\f\v]+/g, ' ').trim();
  if (!text) return null;
  return text.length > MAX_EXCERPT_CHARS ? `${text.slice(0, MAX_EXCERPT_CHARS - 1).trimEnd()}…` : text;
}
