import { countWords } from '../storage/database';
import { ArticleSchema, type Article, type ArticleOrigin, type CaptureSuccess } from '../schema';
import { articleIdFor } from './article-id';

/** Turn a successful capture into the Article record that is stored. */
export async function articleFromCapture(
  capture: CaptureSuccess,
  origin: ArticleOrigin,
  now: Date = new Date(),
): Promise<Article> {
  const { metadata } = capture;
  return ArticleSchema.parse({
    ...metadata,
    id: await articleIdFor(metadata.canonicalUrl ?? metadata.url),
    origin,
    text: capture.text,
    excerpt: capture.excerpt,
    wordCount: countWords(capture.text),
    warnings: capture.warnings,
    capturedAt: now.toISOString(),
  });
}
