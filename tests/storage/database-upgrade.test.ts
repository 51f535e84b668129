import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleSchema, type ConflictEvent } from '@/lib/schema';
import {
  allEvents,
  BATCH_SIZE,
  ConflictReaderDatabase,
  eventsOfArticle,
  listArticles,
  listSetAside,
} from '@/lib/storage';
import { logEvent } from '../log/log-fixtures';
import { kupianskEvent } from '../exchange/fixtures';

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
    expect(db.verno).toBe(6);

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
    expect(await allEvents(db)).toEqual([]);
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'corrections',
      'eventBatches',
      'setAside',
      'settings',
    ]);
    db.close();
  });
});

describe('version 5', () => {
  it('moves a version 3 log into batches by article, losing nothing', async () => {
    const v3 = new Dexie(NAME);
    v3.version(3).stores({
      articles: 'id, url, canonicalUrl, capturedAt, siteName, publishedAt',
      events: 'id, articleId, [status+date]',
      corrections: 'id, action, surface, updatedAt',
      settings: 'key',
    });
    // One article with more events than a batch holds, and two small ones.
    const events = [
      ...Array.from({ length: BATCH_SIZE + 5 }, (_, i) =>
        logEvent(`big-${String(i).padStart(4, '0')}`, { articleId: 'a-big', status: 'confirmed' }),
      ),
      logEvent('lone', { date: '2024-06-01', status: 'confirmed' }),
      logEvent('proposal', { date: '2024-07-01', status: 'proposed' }),
    ];
    await v3.table('events').bulkAdd(events);
    v3.close();

    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('events');
    const byId = (a: ConflictEvent, b: ConflictEvent) => a.id.localeCompare(b.id);
    expect((await allEvents(db)).sort(byId)).toEqual([...events].sort(byId));
    const batches = await db.eventBatches.toArray();
    expect(batches.map((b) => [b.articleId, b.part, b.events.length, b.newest])).toEqual([
      ['a-big', 0, BATCH_SIZE, kupianskEvent.date],
      ['a-big', 1, 5, kupianskEvent.date],
      ['a-lone', 0, 1, '2024-06-01'],
      ['a-proposal', 0, 1, ''],
    ]);
    db.close();
  });
});

/** A version 3 database holding these events, as the released code left it. */
async function v3Database(events: readonly unknown[]): Promise<void> {
  const v3 = new Dexie(NAME);
  v3.version(3).stores({
    articles: 'id, url, canonicalUrl, capturedAt, siteName, publishedAt',
    events: 'id, articleId, [status+date]',
    corrections: 'id, action, surface, updatedAt',
    settings: 'key',
  });
  await v3.table('events').bulkAdd([...events]);
  v3.close();
}

describe('a record an upgrade cannot convert', () => {
  it('is set aside with the reason, and every other event is readable after the upgrade', async () => {
    const good = [
      logEvent('first', { articleId: 'a-one', status: 'confirmed' }),
      logEvent('second', { articleId: 'a-one', status: 'proposed' }),
      logEvent('third', { articleId: 'a-two', status: 'confirmed' }),
    ];
    const orphan: Partial<ConflictEvent> = logEvent('orphan', { articleId: 'a-one' });
    delete orphan.articleId;
    await v3Database([good[0], orphan, good[1], good[2]]);

    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await eventsOfArticle(db, 'a-one')).map((e) => e.id).sort()).toEqual(['first', 'second']);
    expect((await eventsOfArticle(db, 'a-two')).map((e) => e.id)).toEqual(['third']);
    const setAside = await listSetAside(db);
    expect(setAside).toEqual([
      {
        id: 1,
        table: 'events',
        reason: expect.stringMatching(/names no article/),
        record: orphan,
        setAsideAt: expect.any(String),
      },
    ]);
    db.close();
  });

  it('gets its table in a database already at version 5, keeping its events', async () => {
    const v5 = new Dexie(NAME);
    v5.version(5).stores({
      articles: 'id, url, canonicalUrl, capturedAt, siteName, publishedAt',
      eventBatches: '[articleId+part], newest',
      corrections: 'id, action, surface, updatedAt',
      settings: 'key',
    });
    const event = logEvent('kept', { articleId: 'a-one', status: 'confirmed' });
    await v5.table('eventBatches').add({ articleId: 'a-one', part: 0, newest: event.date, events: [event] });
    v5.close();

    const db = new ConflictReaderDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await listSetAside(db)).toEqual([]);
    expect(await allEvents(db)).toEqual([event]);
    db.close();
  });
});
