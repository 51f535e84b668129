import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseTextFile } from '../../lib/article/text-file';
import { captureArticle } from '../../lib/capture';
import type { ExtractInput } from '../../lib/extraction/extract';

export interface LoadedArticle {
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  text: string;
  captureMs: number;
}

/**
 * Read an article file as the extension would see it: `.html` through the same capture as the
 * content script (in jsdom), `.txt` as leading `KEY: value` metadata lines and the text.
 */
export async function loadArticleFile(file: string): Promise<LoadedArticle> {
  const content = await readFile(file, 'utf8');
  if (/\.html?$/i.test(file)) return loadHtml(file, content);
  const started = performance.now();
  const { metadata, text } = parseTextFile(content);
  return {
    title: metadata.TITLE ?? firstLine(text),
    siteName: metadata.SITE ?? metadata.SITENAME ?? metadata.SOURCE ?? null,
    publishedAt: isoDate(metadata.DATE ?? metadata.PUBLISHED ?? null),
    lang: metadata.LANG ?? metadata.LANGUAGE ?? null,
    text,
    captureMs: performance.now() - started,
  };
}

function loadHtml(file: string, html: string): LoadedArticle {
  const url = pathToFileURL(path.resolve(file)).href;
  // Page scripts never run, and the page's console noise (CSS it can't parse) is not ours to print.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const result = captureArticle(dom.window.document, { url });
  dom.window.close();
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  return {
    title: result.metadata.title,
    siteName: result.metadata.siteName,
    publishedAt: result.metadata.publishedAt,
    lang: result.metadata.lang,
    text: result.text,
    captureMs: result.durationMs,
  };
}

/** What the extractor reads of a loaded article, dated `publishedAt`: the same for every command. */
export function extractInputOf(article: LoadedArticle, publishedAt: string | null): ExtractInput {
  return { title: article.title, text: article.text, publishedAt, lang: article.lang };
}

function firstLine(text: string): string {
  return (text.split('\n', 1)[0] ?? '').trim().slice(0, 200);
}

/** The date part of an ISO date or date-time; anything else is not trusted. */
export function isoDate(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match ? (match[1] as string) : null;
}
