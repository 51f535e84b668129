import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  eventDifferences,
  exportBackupJson,
  findEventConflicts,
  ImportWriteError,
  planImport,
  type ImportChoices,
  type ImportPlan,
} from '@/lib/exchange';
import { allEvents, ConflictReaderDatabase, getEvent, putEvents } from '@/lib/storage';
import type { ConflictEvent } from '@/lib/schema';
import { article, correction, event, uniqueById } from './arbitraries';
import { utf8 } from './fixtures';

const NAME = 'apply-import-test';
/** The user accepted every correction of the file and kept their own events. */
const ACCEPT_ALL: ImportChoices = { acceptedCorrections: 'all', takeTheirs: new Set() };
afterEach(() => Dexie.delete(NAME));

const sampleOf = <T>(arbitrary: fc.Arbitrary<T>, seed: number): T => {
  const [value] = fc.sample(arbitrary, { numRuns: 1, seed });
  if (value === undefined) throw new Error('expected a sample');
  return value;
};

/** A backup file's plan with a few of everything. */
function backupPlan(seed: number): ImportPlan {
  const events = sampleOf(
    uniqueById(event, 6).filter((a) => a.length >= 3),
    seed,
  );
  const articles = sampleOf(
    uniqueById(article, 3).filter((a) => a.length >= 2),
    seed,
  );
  const corrections = sampleOf(
    uniqueById(correction, 3).filter((a) => a.length >= 2),
    seed,
  );
  return planImport(utf8(exportBackupJson({ events, articles, corrections })), 'backup.json');
}

async function contents(db: ConflictReaderDatabase) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    articles: (await db.articles.toArray()).sort(byId),
    events: (await allEvents(db)).sort(byId),
    corrections: (await db.corrections.toArray()).sort(byId),
  };
}

/** The log before an import: one article, one event, one correction of its own. */
async function seeded(seed = 99) {
  const db = new ConflictReaderDatabase(NAME);
  await db.articles.add(sampleOf(article, seed));
  await putEvents(db, [sampleOf(event, seed)]);
  await db.corrections.add(sampleOf(correction, seed));
  return db;
}

describe('applying an import', () => {
  it('writes what is new and counts it, table by table', async () => {
    const db = await seeded();
    const before = await contents(db);
    const plan = backupPlan(1);
    const report = await applyImport(db, plan, ACCEPT_ALL);
    expect(report.fileError).toBeNull();
    expect(report.events).toEqual({ new: plan.events.length, present: 0, rejected: 0 });
    expect(report.articles).toEqual({ new: plan.articles.length, present: 0, rejected: 0 });
    expect(report.corrections).toEqual({ new: plan.corrections.length, present: 0, rejected: 0 });
    expect(report.added).toBe(plan.events.length + plan.articles.length + plan.corrections.length);
    const after = await contents(db);
    expect(after.events).toHaveLength(before.events.length + plan.events.length);
    expect(after.events).toEqual(expect.arrayContaining(plan.events));
    expect(after.articles).toEqual(expect.arrayContaining(plan.articles));
    expect(after.corrections).toEqual(expect.arrayContaining(plan.corrections));
    db.close();
  });

  it('adds nothing when the same file is imported again', async () => {
    const db = await seeded();
    const plan = backupPlan(2);
    await applyImport(db, plan, ACCEPT_ALL);
    const once = await contents(db);
    const again = await applyImport(db, planImport(utf8(exportBackupJson(plan)), 'backup.json'), ACCEPT_ALL);
    expect(again.added).toBe(0);
    expect(again.events).toEqual({ new: 0, present: plan.events.length, rejected: 0 });
    expect(again.articles.present).toBe(plan.articles.length);
    expect(again.corrections.present).toBe(plan.corrections.length);
    expect(await contents(db)).toEqual(once);
    db.close();
  });

  it('never overwrites a record already in the log', async () => {
    const db = await seeded();
    const [stored] = await allEvents(db);
    if (!stored) throw new Error('expected the seeded event');
    const changed: ConflictEvent = { ...stored, notes: 'changed in the file', status: 'rejected' };
    const plan = planImport(
      utf8(exportBackupJson({ events: [changed], articles: [], corrections: [] })),
      'backup.json',
    );
    const report = await applyImport(db, plan);
    expect(report.events).toEqual({ new: 0, present: 1, rejected: 0 });
    expect(await getEvent(db, stored)).toEqual(stored);
    db.close();
  });

  it('leaves the database unchanged when the file is refused', async () => {
    const db = await seeded();
    const before = await contents(db);
    for (const [bytes, name] of [
      [new Uint8Array([0xff, 0xfe, 0x00]), 'bad.csv'],
      [utf8('{"format": "conflict-reader-export", "version": 1, "events": ['), 'cut.json'],
      [utf8('a,b,c\n1,2,3\n'), 'other.csv'],
    ] as const) {
      const plan = planImport(bytes, name);
      expect(plan.fileError).not.toBeNull();
      const report = await applyImport(db, plan);
      expect(report.added).toBe(0);
      expect(report.fileError).toBe(plan.fileError);
    }
    expect(await contents(db)).toEqual(before);
    db.close();
  });

  it('counts the added events by status: the log’s events apart from proposals and rejected ones', async () => {
    const db = await seeded();
    const [stored] = await allEvents(db);
    if (!stored) throw new Error('expected the seeded event');
    const some = (n: number, status: ConflictEvent['status']) =>
      Array.from({ length: n }, (_, i) => ({ ...stored, id: `${status}-${i}`, status }));
    const events = [stored, ...some(3, 'confirmed'), ...some(5, 'proposed'), ...some(2, 'rejected')];
    const plan = planImport(utf8(exportBackupJson({ events, articles: [], corrections: [] })), 'backup.json');
    const report = await applyImport(db, plan);
    expect(report.events).toEqual({ new: 10, present: 1, rejected: 0 });
    expect(report.newEvents).toEqual({ confirmed: 3, proposed: 5, rejected: 2 });
    db.close();
  });

  it('counts the records refused while reading the file', async () => {
    const db = await seeded();
    const plan = backupPlan(3);
    const file = JSON.parse(exportBackupJson(plan)) as { events: unknown[] };
    file.events.push({ id: 'broken' }, { ...plan.events[0], id: 'bad-date', date: '2024-13-45' });
    const report = await applyImport(db, planImport(utf8(JSON.stringify(file)), 'backup.json'));
    expect(report.events).toEqual({ new: plan.events.length, present: 0, rejected: 2 });
    expect(report.rejected.map((r) => r.where)).toEqual([
      `events[${plan.events.length}] (id “broken”)`,
      `events[${plan.events.length + 1}] (id “bad-date”)`,
    ]);
    expect((await allEvents(db)).map((e) => e.id)).not.toContain('bad-date');
    db.close();
  });

  // Articles are written first; the events' or the corrections' write then fails inside the
  // same transaction, after the articles were added.
  it.each([
    [
      'eventBatches',
      new Error('disk on fire'),
      /the database refused the write \(Error: disk on fire\)\. The log is as it was/,
    ],
    [
      'corrections',
      new DOMException('quota reached', 'QuotaExceededError'),
      /no storage space left .*QuotaExceededError/,
    ],
  ] as const)(
    'writes nothing when the %s write fails midway, and says why',
    async (table, error, message) => {
      const db = await seeded();
      const before = await contents(db);
      // Events are written in batches (bulkPut), the other tables row by row (bulkAdd).
      const write = table === 'eventBatches' ? 'bulkPut' : 'bulkAdd';
      const bulkAdd = vi.spyOn(db[table], write).mockRejectedValue(error);
      const failure = applyImport(db, backupPlan(4), ACCEPT_ALL);
      await expect(failure).rejects.toBeInstanceOf(ImportWriteError);
      await expect(failure).rejects.toThrow(message);
      expect(bulkAdd).toHaveBeenCalled();
      bulkAdd.mockRestore();
      expect(await contents(db)).toEqual(before);
      db.close();
    },
  );

  it('writes nothing when the database refuses one row', async () => {
    const db = await seeded();
    const before = await contents(db);
    const plan = backupPlan(6);
    const [first] = plan.events;
    if (!first) throw new Error('expected an event');
    // IndexedDB cannot store a function: the database itself refuses this row (DataCloneError).
    const unstorable = { ...first, id: 'unstorable', extra: () => 1 } as ConflictEvent;
    await expect(applyImport(db, { ...plan, events: [...plan.events, unstorable] })).rejects.toThrow(
      /Nothing was imported: the database refused the write/,
    );
    expect(await contents(db)).toEqual(before);
    db.close();
  });
});

describe('what the user chose after reading the plan', () => {
  it('writes no correction of the file unless the user accepted it, one by one or all', async () => {
    const db = await seeded();
    const before = await contents(db);
    const plan = backupPlan(5);
    const none = await applyImport(db, plan);
    expect(none.corrections.new).toBe(0);
    expect(none.declinedCorrections).toBe(plan.corrections.length);
    expect((await contents(db)).corrections).toEqual(before.corrections);

    const [chosen] = plan.corrections;
    if (!chosen) throw new Error('expected a correction');
    const one = await applyImport(db, plan, {
      acceptedCorrections: new Set([chosen.id]),
      takeTheirs: new Set(),
    });
    expect(one.corrections.new).toBe(1);
    expect(one.declinedCorrections).toBe(plan.corrections.length - 1);
    expect(await db.corrections.get(chosen.id)).toEqual(chosen);
    db.close();
  });

  it('replaces an event of the log by the file’s version only when the user takes theirs', async () => {
    const db = await seeded();
    const [stored] = await allEvents(db);
    if (!stored) throw new Error('expected the seeded event');
    const theirs: ConflictEvent = { ...stored, notes: 'their reading', articleId: 'a-elsewhere' };
    const plan = planImport(
      utf8(exportBackupJson({ events: [theirs], articles: [], corrections: [] })),
      'b.json',
    );
    const report = await applyImport(db, plan, {
      acceptedCorrections: new Set(),
      takeTheirs: new Set([stored.id]),
    });
    expect(report.replacedEvents).toBe(1);
    expect(report.events).toEqual({ new: 0, present: 1, rejected: 0 });
    expect(await allEvents(db)).toEqual([theirs]);
    db.close();
  });

  it('lists, field by field, the events the file holds with other content under an id of the log', async () => {
    const db = await seeded();
    const [stored] = await allEvents(db);
    if (!stored) throw new Error('expected the seeded event');
    const touched = { ...stored, updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(eventDifferences(stored, touched)).toEqual([]);
    expect(await findEventConflicts(db, [touched])).toEqual([]);
    const theirs = { ...stored, notes: `${stored.notes} and more`, fatalities: 41 };
    const [conflict] = await findEventConflicts(db, [theirs]);
    expect(conflict?.id).toBe(stored.id);
    expect(conflict?.differences.map((d) => d.field)).toEqual(
      stored.fatalities === 41 ? ['notes'] : ['fatalities', 'notes'],
    );
    expect(conflict?.differences.find((d) => d.field === 'fatalities')?.theirs ?? '41').toBe('41');
    db.close();
  });
});
