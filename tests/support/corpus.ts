import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus sits beside the repository (`../shared/corpus`), in CI as in development. */
export const CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus',
);

/** The part of a gold file that describes what capturing its page must yield. */
export interface GoldPage {
  id: string;
  publishedAt: string;
  page: { title: string; siteName: string; publishedAt: string; firstSentence: string };
}

export function corpusPageIds(): string[] {
  return readdirSync(path.join(CORPUS_DIR, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.replace(/\.html$/, ''))
    .sort();
}

export function readGold(id: string): GoldPage {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'gold', `${id}.json`), 'utf8')) as GoldPage;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
