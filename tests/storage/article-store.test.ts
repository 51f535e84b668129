import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/schema';
import { ConflictReaderDatabase, getArticle, listArticles, saveArticle } from '@/lib/storage';

const NAME = 'article-store-test';
afterEach(() => Dexie.delete(NAME));

const article = (id: string, capturedAt: string): Article => ({
  id,
  url: `https://news.example/${id}`,
  canonicalUrl: null,
  title: `Report ${id}`,
  byline: null,
  siteName: 'Example News',
  lang: 'en',
  publishedAt: '2024-04-01',
  publishedAtSource: 'json-ld',
  origin: 'readability',
  text: 'Shelling resumed overnight.',
  excerpt: null,
  wordCount: 3,
  warnings: [],
  capturedAt,
});

describe('article store', () => {
  it('refuses to write a malformed article', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await expect(
      saveArticle(db, { ...article('a', '2024-04-01T00:00:00.000Z'), wordCount: -1 }),
    ).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    db.close();
  });

  it('lists newest first and leaves out a damaged record instead of failing the whole list', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await saveArticle(db, article('old', '2024-04-01T00:00:00.000Z'));
    await saveArticle(db, article('new', '2024-04-02T00:00:00.000Z'));
    // Written behind the store's back, as a bug or another version might have.
    await db.articles.put({ ...article('bad', '2024-04-03T00:00:00.000Z'), title: 42 } as unknown as Article);
    expect((await listArticles(db)).map((a) => a.id)).toEqual(['new', 'old']);
    await expect(getArticle(db, 'bad')).rejects.toThrow();
    db.close();
  });
});
