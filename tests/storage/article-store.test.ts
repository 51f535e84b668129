import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { articleIdFor } from '@/lib/article/article-id';
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

  it('never lets a page from another site replace a stored article: it is kept under its own address', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const wire = 'https://www.wirenews.com/world/dam-talks';
    const id = await articleIdFor(wire);
    const original = { ...article(id, '2024-04-01T00:00:00.000Z'), url: wire, siteName: 'Wire News' };
    await saveArticle(db, original);
    // A page elsewhere that arrives with the same id (as a trusted foreign canonical link gave it).
    const copycatUrl = 'https://copycat.example/posts/42';
    const copycat = {
      ...article(id, '2024-04-02T00:00:00.000Z'),
      url: copycatUrl,
      canonicalUrl: wire,
      text: 'Another text.',
    };
    const saved = await saveArticle(db, copycat);
    expect(saved.id).toBe(await articleIdFor(copycatUrl));
    expect(await getArticle(db, id)).toEqual(original);
    expect(await getArticle(db, saved.id)).toEqual({ ...copycat, id: saved.id });
    db.close();
  });

  it('updates an article from another host of the same site (amp., www.)', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const wire = 'https://www.wirenews.com/world/dam-talks';
    const id = await articleIdFor(wire);
    await saveArticle(db, { ...article(id, '2024-04-01T00:00:00.000Z'), url: wire });
    const amp = {
      ...article(id, '2024-04-02T00:00:00.000Z'),
      url: 'https://amp.wirenews.com/world/dam-talks',
      canonicalUrl: wire,
    };
    expect((await saveArticle(db, amp)).id).toBe(id);
    expect(await getArticle(db, id)).toEqual(amp);
    expect(await db.articles.count()).toBe(1);
    db.close();
  });

  it('gives an address back to its own site from a record another site stored under it', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const wire = 'https://www.wirenews.com/world/dam-talks';
    const id = await articleIdFor(wire);
    // Stored before canonical links were checked: another site's page under this address's id.
    await db.articles.put({ ...article(id, '2024-04-01T00:00:00.000Z'), url: 'https://copycat.example/1' });
    const own = { ...article(id, '2024-04-02T00:00:00.000Z'), url: wire };
    expect((await saveArticle(db, own)).id).toBe(id);
    expect(await getArticle(db, id)).toEqual(own);
    db.close();
  });
});
