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

export async function findArticleByUrl(
  db: ConflictReaderDatabase,
  url: string,
): Promise<Article | undefined> {
  const row =
    (await db.articles.where('url').equals(url).first()) ??
    (await db.articles.where('canonicalUrl').equals(url).first());
  return row === undefined ? undefined : ArticleSchema.parse(row);
}

/** Most recently captured first. */
export async function listArticles(db: ConflictReaderDatabase): Promise<Article[]> {
  const rows = await db.articles.orderBy('capturedAt').reverse().toArray();
  return rows.map((row) => ArticleSchema.parse(row));
}
