import { CorrectionSchema, MAX_SURFACE_CHARS, type Correction, type Lesson } from '../schema';
import type { ConflictReaderDatabase } from './database';

/** Store a correction; the extractor applies it on this page and every page analysed later. */
export async function saveCorrection(
  db: ConflictReaderDatabase,
  surface: string,
  lesson: Lesson,
  now: Date = new Date(),
): Promise<Correction> {
  const stamp = now.toISOString();
  const correction = correctionOf(`c-${crypto.randomUUID()}`, surface, lesson, stamp, stamp);
  await db.corrections.put(correction);
  return correction;
}

/** Change what a stored correction says (its words, or what they are); it keeps its id. */
export async function updateCorrection(
  db: ConflictReaderDatabase,
  id: string,
  surface: string,
  lesson: Lesson,
  now: Date = new Date(),
): Promise<Correction> {
  return db.transaction('rw', db.corrections, async () => {
    const stored = await db.corrections.get(id);
    if (!stored) throw new Error('This correction no longer exists; it may have been deleted elsewhere.');
    const correction = correctionOf(id, surface, lesson, stored.createdAt, now.toISOString());
    await db.corrections.put(correction);
    return correction;
  });
}

export async function deleteCorrection(db: ConflictReaderDatabase, id: string): Promise<void> {
  await db.corrections.delete(id);
}

function correctionOf(
  id: string,
  surface: string,
  lesson: Lesson,
  createdAt: string,
  updatedAt: string,
): Correction {
  const words = surface.replace(/\s+/g, ' ').trim();
  if (!words) throw new Error('Select the words in the page first.');
  if (words.length > MAX_SURFACE_CHARS) {
    throw new Error(`Select just the name (at most ${MAX_SURFACE_CHARS} characters), not a whole passage.`);
  }
  return CorrectionSchema.parse({ ...lesson, id, surface: words, createdAt, updatedAt });
}
