import { z } from './zod';

/** Where the published date came from, most trusted first. */
export const PublishedDateSourceSchema = z.enum([
  'article:published_time',
  'json-ld',
  'time-element',
  'user',
]);

/** How the article text was obtained. */
export const ArticleOriginSchema = z.enum(['readability', 'selection', 'file']);

/** Page metadata captured alongside the article text. */
export const ArticleMetadataSchema = z.object({
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  lang: z.string().nullable(),
  /** `YYYY-MM-DD` or a full ISO date-time; null when the page gives no trustworthy date. */
  publishedAt: z.string().nullable(),
  publishedAtSource: PublishedDateSourceSchema.nullable(),
});

/** An article as stored: metadata, plain text (paragraphs separated by blank lines) and capture notes. */
export const ArticleSchema = ArticleMetadataSchema.extend({
  /** Stable id derived from the canonical URL (or the URL), so re-capturing a page updates it. */
  id: z.string().min(1),
  origin: ArticleOriginSchema,
  text: z.string(),
  excerpt: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  /** Human-readable notes about what capture distrusted or dropped, e.g. a future published date. */
  warnings: z.array(z.string()),
  capturedAt: z.string().datetime(),
});

export type PublishedDateSource = z.infer<typeof PublishedDateSourceSchema>;
export type ArticleOrigin = z.infer<typeof ArticleOriginSchema>;
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;
export type Article = z.infer<typeof ArticleSchema>;
