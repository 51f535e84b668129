import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleSchema } from '@/lib/schema';
import { ConflictReaderDatabase, listArticles } from '@/lib/storage';

const NAME = 'upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Records exactly as version 1 of the schema stored them: no origin, word count, warnings or excerpt. */
const v1Articles = [
  {
    id: 'a-1',
    url: 'https://news.example/a',
    canonicalUrl: null,
    title: 'Shelling reported near the port',
    byline: null,
    siteName: 'Example News',
    lang: 'en',
    publishedAt: '2024-02-01',
    text: 'Three shells landed near the port.\n\nNo one was hurt.',
    capturedAt: '2024-02-01T10:00:00.000Z',
  },
  {
    id: 'a-2',
    url: 'https://news.example/b',
    canonicalUrl: 'https://news.example/b',
    title: 'Convoy reaches the crossing',
    byline: 'A. Writer',
    siteName: null,
    lang: null,
    publishedAt: null,
    text: 'The convoy reached the crossing.',
    capturedAt: '2024-02-02T10:00:00.000Z',
  },
];

describe('database upgrade', () => {
  it('opens a version 1 database with data, upgrades it and loses nothing', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores({ articles: 'id, url, capturedAt' });
    await v1.table('articles').bulkAdd(v1Articles);
    v1.close();

    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);

    const articles = await listArticles(db);
    expect(articles.map((a) => a.id).sort()).toEqual(['a-1', 'a-2']);
    for (const original of v1Articles) {
      const upgraded = articles.find((a) => a.id === original.id);
      expect(upgraded).toMatchObject(original);
      expect(ArticleSchema.safeParse(upgraded).success).toBe(true);
    }
    expect(articles.find((a) => a.id === 'a-1')).toMatchObject({
      origin: 'readability',
      wordCount: 10,
      warnings: [],
      publishedAtSource: 'article:published_time',
    });
    expect(articles.find((a) => a.id === 'a-2')?.publishedAtSource).toBeNull();

    // The new tables and indexes work on the upgraded database.
    expect(await db.articles.where('siteName').equals('Example News').count()).toBe(1);
    expect(await db.events.count()).toBe(0);
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'corrections', 'events', 'settings']);
    db.close();
  });
});

describe('version 3', () => {
  it('finds the latest confirmed events by status and date, after upgrading from version 2', async () => {
    const v2 = new Dexie(NAME);
    v2.version(2).stores({
      articles: 'id, url, canonicalUrl, capturedAt, siteName, publishedAt',
      events: 'id, articleId, date, eventType, status, updatedAt',
      corrections: 'id, action, surface, updatedAt',
      settings: 'key',
    });
    await v2.table('events').bulkPut([
      { id: 'e1', status: 'confirmed', date: '2024-01-02' },
      { id: 'e2', status: 'proposed', date: '2024-03-01' },
      { id: 'e3', status: 'confirmed', date: '2024-02-01' },
    ]);
    v2.close();
    const db = new ConflictReaderDatabase(NAME);
    const latest = await db.events
      .where('[status+date]')
      .between(['confirmed', Dexie.minKey], ['confirmed', Dexie.maxKey])
      .reverse()
      .limit(1)
      .toArray();
    expect(latest.map((e) => e.id)).toEqual(['e3']);
    db.close();
  });
});
