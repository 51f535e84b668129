import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CorrectionSchema } from '@/lib/schema';
import { ConflictReaderDatabase, deleteCorrection, saveCorrection } from '@/lib/storage';

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

  it('asks for a selection, and for a name rather than a passage', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const lesson = { action: 'not-entity', entityKind: 'place' } as const;
    await expect(saveCorrection(db, '   ', lesson)).rejects.toThrow(/Select the words/);
    await expect(saveCorrection(db, 'word '.repeat(40), lesson)).rejects.toThrow(/just the name/);
    expect(await db.corrections.count()).toBe(0);
    db.close();
  });
});
