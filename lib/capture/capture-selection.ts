/**
 * The fallback when a page has no article Readability can find: analyse the text the user
 * selected. The user chose this text, so no article heuristics apply; only white space is
 * normalised (the same way as page text) and an empty selection gets a clear message.
 */
import type { ArticleMetadata, CaptureResult } from '../schema';
import { normalisePlainText, truncateText } from './article-text';
import { captureFailure, elapsedSince, maxCharsOrDefault, MESSAGES, titleFromText } from './capture-outcome';
import { normaliseLang } from './page-metadata';

export interface CaptureSelectionOptions {
  /** Longer selections are cut at a paragraph boundary, with a warning. */
  maxChars?: number;
}

const MAX_EXCERPT_CHARS = 300;

export function captureSelection(
  text: string,
  meta: Partial<ArticleMetadata> & { url: string },
  options: CaptureSelectionOptions = {},
): CaptureResult {
  const startedAt = performance.now();
  const fullText = normalisePlainText(text);
  if (!fullText) return captureFailure('empty-page', MESSAGES.emptySelection, startedAt);

  const { text: kept, truncated } = truncateText(fullText, maxCharsOrDefault(options.maxChars));
  const warnings = truncated ? [MESSAGES.truncated(kept.length, fullText.length)] : [];

  const title = meta.title?.trim() || titleFromText(kept);
  const firstParagraph = kept.split('\n\n', 1)[0] ?? '';
  return {
    ok: true,
    metadata: {
      title,
      byline: meta.byline ?? null,
      siteName: meta.siteName ?? null,
      url: meta.url,
      canonicalUrl: meta.canonicalUrl ?? null,
      lang: normaliseLang(meta.lang),
      // A date is only known if the caller found one on the page; a selection carries none.
      publishedAt: meta.publishedAt ?? null,
      publishedAtSource: meta.publishedAt ? (meta.publishedAtSource ?? null) : null,
    },
    text: kept,
    excerpt: titleFromText(firstParagraph.replace(/\n/g, ' '), MAX_EXCERPT_CHARS) || null,
    warnings,
    durationMs: elapsedSince(startedAt),
  };
}
