import { countWords } from '../storage/database';
import {
  ArticleSchema,
  type Article,
  type ArticleMetadata,
  type ArticleOrigin,
  type CaptureSuccess,
} from '../schema';
import { articleIdFor } from './article-id';
import { hostOf } from './article-url';
import { sameSite } from './same-site';

/** Turn a successful capture into the Article record that is stored. */
export async function articleFromCapture(
  capture: CaptureSuccess,
  origin: ArticleOrigin,
  now: Date = new Date(),
): Promise<Article> {
  const { metadata, warnings } = trustedMetadata(capture.metadata);
  return ArticleSchema.parse({
    ...metadata,
    id: await articleIdFor(metadata.canonicalUrl ?? metadata.url),
    origin,
    text: capture.text,
    excerpt: capture.excerpt,
    wordCount: countWords(capture.text),
    warnings: [...capture.warnings, ...warnings],
    capturedAt: now.toISOString(),
  });
}

/**
 * The page's metadata as far as it may speak for itself. A canonical address counts only on the
 * page's own site (www., amp. and other hosts of one registrable domain are one site): a page that
 * names another site's address as its own would otherwise take that article's place in the store
 * and credit its text to that outlet. Such a page is kept under its own address, and its site
 * name, which claimed the same outlet, is dropped too (the page's host names the source instead).
 */
export function trustedMetadata(metadata: ArticleMetadata): {
  metadata: ArticleMetadata;
  warnings: string[];
} {
  const { canonicalUrl, url } = metadata;
  if (canonicalUrl === null || sameSite(canonicalUrl, url)) return { metadata, warnings: [] };
  return {
    metadata: { ...metadata, canonicalUrl: null, siteName: null },
    warnings: [
      `The page gave an address on another site (${hostOf(canonicalUrl)}) as its own; it was kept under its own address, and its site name was not used.`,
    ],
  };
}
