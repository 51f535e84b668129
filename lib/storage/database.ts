import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Article, Correction, SetAsideRecord, Settings } from '../schema';
import { batchEvents, type EventBatch } from './event-batches';
import { convertibleEvents } from './set-aside';

export const DATABASE_NAME = 'conflict-reader';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/**
 * The extension's IndexedDB database. It lives in the extension's own origin (background and
 * extension pages), never in a content script, whose IndexedDB belongs to the visited site.
 */
export class ConflictReaderDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  eventBatches!: Table<EventBatch, [string, number]>;
  corrections!: EntityTable<Correction, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  setAside!: EntityTable<SetAsideRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    // Relaxed durability (Chrome): a write is done once the OS has it, without waiting for the
    // disk flush; a crash at that instant can lose the last write, never corrupt the database.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    defineSchemaVersions(this);
  }
}

/** Schema history: every version ever released stays here, so any older database can be upgraded. */
export function defineSchemaVersions(db: Dexie): void {
  // v1: captured articles only.
  db.version(1).stores({ articles: 'id, url, capturedAt' });

  // v2: events, corrections and settings; articles gain canonical URL, site and date indexes, and
  // the capture notes (origin, word count, warnings) that v1 did not record.
  db.version(2)
    .stores({
      articles: 'id, url, canonicalUrl, capturedAt, siteName, publishedAt',
      events: 'id, articleId, date, eventType, status, updatedAt',
      corrections: 'id, action, surface, updatedAt',
      settings: 'key',
    })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((article: Record<string, unknown>) => {
          const text = typeof article.text === 'string' ? article.text : '';
          article.origin ??= 'readability';
          article.wordCount ??= countWords(text);
          article.warnings ??= [];
          article.excerpt ??= null;
          article.publishedAtSource ??= article.publishedAt ? 'article:published_time' : null;
        }),
    );

  // v3: events by status and date together, so the log shows its latest confirmed events at once;
  // the single-field indexes nothing queried are dropped (each one slows every write).
  db.version(3).stores({
    events: 'id, articleId, [status+date]',
  });

  // v4: events move into batches by article, one record per batch: a browser pays per record, so
  // importing or reading a big log is several times faster.
  // A record it cannot batch (one naming no article) is set aside, kept as it was with the reason,
  // and the upgrade goes on: one malformed event must not leave the whole log unreachable.
  db.version(4)
    .stores({ eventBatches: '[articleId+part], newest', setAside: '++id, table' })
    .upgrade(async (tx) => {
      const { events, setAside } = convertibleEvents(await tx.table('events').toArray(), new Date());
      await tx.table('eventBatches').bulkAdd(batchEvents(events));
      await tx.table('setAside').bulkAdd(setAside);
    });

  // v5: the events table is gone (a separate version, so v4's upgrade could still read it).
  db.version(5).stores({ events: null });

  // v6: the set-aside table for databases already past v4 when it was added there (Dexie compares
  // with the tables a database really has, so it is created only where missing).
  db.version(6).stores({ setAside: '++id, table' });
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
