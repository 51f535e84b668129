import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CorrectionSchema } from '@/lib/schema';
import { ConflictReaderDatabase, deleteCorrection, saveCorrection, updateCorrection } from '@/lib/storage';

const NAME = 'correction-store-test';
afterEach(() => Dexie.delete(NAME));

describe('correction store', () => {
  it('stores what the user taught, with the words tidied', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const saved = await saveCorrection(db, '  Northern \n Shield ', {
      action: 'add-actor-alias',
      actor: { canonical: 'Northern Shield Brigade', inter: 2 },
    });
    expect(saved.surface).toBe('Northern Shield');
    expect(CorrectionSchema.parse(await db.corrections.get(saved.id))).toEqual(saved);
    await deleteCorrection(db, saved.id);
    expect(await db.corrections.count()).toBe(0);
    db.close();
  });

  it('stores a number the user taught, and refuses one that makes no sense', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const number = { value: null, low: 3, high: 5, vague: true, category: 'killed', of: null } as const;
    const saved = await saveCorrection(db, ' a  handful ', { action: 'add-number-alias', number });
    expect(saved).toMatchObject({ action: 'add-number-alias', surface: 'a handful', number });
    expect(CorrectionSchema.parse(await db.corrections.get(saved.id))).toEqual(saved);
    const backwards = { ...number, low: 5, high: 3 };
    await expect(
      saveCorrection(db, 'a few', { action: 'add-number-alias', number: backwards }),
    ).rejects.toThrow(/low end cannot be above the high end/);
    expect(await db.corrections.toArray()).toEqual([saved]);
    db.close();
  });

  it('asks for a selection, and for a name rather than a passage', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const lesson = { action: 'not-entity', entityKind: 'place' } as const;
    await expect(saveCorrection(db, '   ', lesson)).rejects.toThrow(/Select the words/);
    await expect(saveCorrection(db, 'word '.repeat(40), lesson)).rejects.toThrow(/just the name/);
    expect(await db.corrections.count()).toBe(0);
    db.close();
  });
});

describe('editing a correction', () => {
  it('changes its words and what they are, keeping its id and creation time', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const saved = await saveCorrection(
      db,
      'the Brigade',
      { action: 'not-entity', entityKind: 'place' },
      new Date('2024-01-01T00:00:00Z'),
    );
    const edited = await updateCorrection(
      db,
      saved.id,
      'Northern Brigade',
      { action: 'add-actor-alias', actor: { canonical: 'Northern Brigade', inter: 3 } },
      new Date('2024-02-01T00:00:00Z'),
    );
    expect(edited).toMatchObject({
      id: saved.id,
      surface: 'Northern Brigade',
      action: 'add-actor-alias',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
    });
    expect(await db.corrections.toArray()).toEqual([edited]);
    db.close();
  });

  it('turns “not a number” into the number the words are, and back', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const saved = await saveCorrection(db, 'two score', { action: 'not-entity', entityKind: 'number' });
    const number = { value: 40, low: 40, high: 40, vague: false, category: 'count', of: null } as const;
    const edited = await updateCorrection(db, saved.id, 'two score', { action: 'add-number-alias', number });
    expect(edited).toMatchObject({ id: saved.id, action: 'add-number-alias', number });
    expect(await db.corrections.toArray()).toEqual([edited]);
    const back = await updateCorrection(db, saved.id, 'two score', {
      action: 'not-entity',
      entityKind: 'number',
    });
    expect(back).not.toHaveProperty('number');
    expect(await db.corrections.toArray()).toEqual([back]);
    db.close();
  });

  it('refuses an empty edit and one of a deleted correction, changing nothing', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const lesson = { action: 'not-entity', entityKind: 'number' } as const;
    const saved = await saveCorrection(db, 'dozens', lesson);
    await expect(updateCorrection(db, saved.id, '  ', lesson)).rejects.toThrow(/Select the words/);
    await expect(updateCorrection(db, 'c-gone', 'dozens', lesson)).rejects.toThrow(/no longer exists/);
    expect(await db.corrections.toArray()).toEqual([saved]);
    db.close();
  });
});
