/**
 * Title, byline, site name, canonical URL and language of a page, each from the source that is
 * usually right first: the publisher's explicit metadata (Open Graph, JSON-LD), then what
 * Readability inferred from the page, then the plain `<title>`/`<html lang>`.
 *
 * It only reads `doc`; the published date has its own module (it needs validation and warnings).
 */
import type { ArticleMetadata } from '../schema';
import { articleNodesFirst, jsonLdNames, readJsonLd, type JsonLdNode, type JsonLdReading } from './json-ld';

/** What Readability found, as far as metadata goes (its `parse()` result fits). */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

export interface ReadPageMetadataOptions {
  /** The page's URL (`location.href`): stored as is and the base for the canonical link. */
  url: string;
  readability?: ReadabilityMetadata | null;
  /** Already-read JSON-LD of `doc`, to avoid parsing it twice. */
  jsonLd?: JsonLdReading;
}

export type PageMetadata = Omit<ArticleMetadata, 'publishedAt' | 'publishedAtSource'>;

/** Longer than this is not a byline but a paragraph Readability mistook for one. */
const MAX_BYLINE_CHARS = 200;

export function readPageMetadata(doc: Document, options: ReadPageMetadataOptions): PageMetadata {
  const jsonLd = options.jsonLd ?? readJsonLd(doc);
  const articleNodes = articleNodesFirst(jsonLd.nodes);
  const readability = options.readability ?? {};

  const siteName = firstText(
    metaContent(doc, 'og:site_name'),
    ...articleNodes.flatMap((node) => jsonLdNames(node['publisher'])),
    readability.siteName,
  );

  return {
    title: pageTitle(doc, siteName, readability.title),
    byline: pageByline(doc, articleNodes, readability.byline),
    siteName,
    url: options.url,
    canonicalUrl: canonicalUrl(doc, options.url),
    lang: firstOf(
      [doc.documentElement?.getAttribute('lang'), httpEquiv(doc, 'content-language'), readability.lang],
      normaliseLang,
    ),
  };
}

/**
 * og:title, then Readability's title, then `<title>` without its " | Site" / " - Site" suffix.
 * Empty when the page has no title at all (the caller may derive one from the text).
 */
function pageTitle(
  doc: Document,
  siteName: string | null,
  readabilityTitle: string | null | undefined,
): string {
  const documentTitle = clean(doc.title);
  const ogTitle = metaContent(doc, 'og:title');
  if (ogTitle) return stripSiteSuffix(ogTitle, siteName, false);
  // Readability keeps the whole `<title>` when its own suffix-stripping would leave a short title;
  // then it is no better than `<title>` and gets the same treatment.
  const inferred = clean(readabilityTitle);
  if (inferred && inferred !== documentTitle) return stripSiteSuffix(inferred, siteName, false);
  return stripSiteSuffix(documentTitle ?? inferred ?? '', siteName, true);
}

const TITLE_SEPARATOR = /\s+[|\-–—·:]\s+|\s*[|·]\s*/;

/**
 * Remove a trailing " | Site" from a title. A suffix equal to the site name always goes; with
 * `guess`, a short final segment after a pipe goes too (pipes in `<title>` nearly always separate
 * the site), but never one after a dash, which is as often part of the headline.
 */
export function stripSiteSuffix(title: string, siteName: string | null, guess: boolean): string {
  const trimmed = title.trim();
  if (siteName) {
    const site = siteName.trim().toLowerCase();
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
      const at = trimmed.toLowerCase().lastIndexOf(`${separator}${site}`);
      if (at > 0 && at + separator.length + site.length === trimmed.length)
        return trimmed.slice(0, at).trim();
    }
  }
  if (guess) {
    const at = trimmed.lastIndexOf(' | ');
    const suffix = at > 0 ? trimmed.slice(at + 3) : '';
    if (suffix && suffix.split(/\s+/).length <= 5 && !TITLE_SEPARATOR.test(suffix))
      return trimmed.slice(0, at).trim();
  }
  return trimmed;
}

function pageByline(doc: Document, articleNodes: JsonLdNode[], readabilityByline: string | null | undefined) {
  const metaAuthor = metaContent(doc, 'author');
  const candidates = [
    metaAuthor,
    articleNodes.map((node) => jsonLdNames(node['author']).join(', ')).find((names) => names !== ''),
    readabilityByline,
  ];
  for (const candidate of candidates) {
    const text = clean(candidate)?.replace(/^by\s+/i, '');
    // `author` metas and JSON-LD sometimes hold a profile URL rather than a name.
    if (text && !/^https?:\/\//i.test(text) && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return null;
}

/**
 * `<link rel="canonical">` resolved against the page URL; only http(s) URLs are kept. Whether it may
 * name the article is decided where the article is made (articleFromCapture): only on its own site.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('canonical')) continue;
    try {
      const resolved = new URL(link.getAttribute('href') ?? '', pageUrl);
      return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** A BCP 47-looking tag ("en", "en-GB"), from "en_GB" or "en, fr" too; null for anything else. */
export function normaliseLang(value: string | null | undefined): string | null {
  const first = (value ?? '').split(',')[0]?.trim().replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(first) ? first : null;
}

/** `<meta property=…>` or `<meta name=…>` content (Open Graph tags appear under both). */
function metaContent(doc: Document, key: string): string | null {
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (name === key) return clean(meta.getAttribute('content'));
  }
  return null;
}

function httpEquiv(doc: Document, key: string): string | null {
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv][content]'))) {
    if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() === key)
      return meta.getAttribute('content');
  }
  return null;
}

function firstText(...values: (string | null | undefined)[]): string | null {
  return firstOf(values, clean);
}

function firstOf<T>(values: T[], accept: (value: T) => string | null): string | null {
  for (const value of values) {
    const accepted = accept(value);
    if (accepted) return accepted;
  }
  return null;
}

/** Trimmed, inner white space collapsed; null when nothing is left. */
function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text || null;
}
