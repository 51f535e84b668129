import { ArticleSchema, type Article } from '../schema';
import type { ConflictReaderDatabase } from './database';

/** Store (or update) an article; the record is validated first so nothing malformed is written. */
export async function saveArticle(db: ConflictReaderDatabase, article: Article): Promise<Article> {
  const valid = ArticleSchema.parse(article);
  await db.articles.put(valid);
  return valid;
}

export async function getArticle(db: ConflictReaderDatabase, id: string): Promise<Article | undefined> {
  const row = await db.articles.get(id);
  return row === undefined ? undefined : ArticleSchema.parse(row);
}

/** Most recently captured first. A damaged record is left out rather than hiding all the others. */
export async function listArticles(db: ConflictReaderDatabase): Promise<Article[]> {
  const rows = await db.articles.orderBy('capturedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = ArticleSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
