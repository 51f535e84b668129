import { articleIdFor } from '../article/article-id';
import { sameSite } from '../article/same-site';
import { ArticleSchema, type Article } from '../schema';
import type { ConflictReaderDatabase } from './database';

/**
 * Store (or update) an article; the record is validated first so nothing malformed is written.
 *
 * A capture never replaces an article stored from another site: whatever a page claims, what a
 * reader saved from one outlet is not overwritten by another's page. The newcomer is stored under
 * the id of its own address instead (see articleIdFor), and the record returned says which id it
 * got. When that is the very id taken (the page's own address is the key), the stored record came
 * from a page that named this address as its own without being on its site (possible only before
 * canonical addresses were checked, see articleFromCapture): the address's own site replaces it.
 */
export async function saveArticle(db: ConflictReaderDatabase, article: Article): Promise<Article> {
  const valid = ArticleSchema.parse(article);
  // Worked out before the transaction: waiting on anything but the database inside one ends it.
  const ownId = await articleIdFor(valid.url);
  return db.transaction('rw', db.articles, async () => {
    const stored = ArticleSchema.safeParse(await db.articles.get(valid.id));
    const foreign = stored.success && !sameSite(stored.data.url, valid.url);
    const record = foreign && ownId !== valid.id ? { ...valid, id: ownId } : valid;
    await db.articles.put(record);
    return record;
  });
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
