import { CorrectionSchema, type Actor, type Correction } from '../schema';
import type { ConflictReaderDatabase } from './database';

/** What the user taught about some words: they are not an entity of a kind, or they name an actor. */
export type Lesson =
  | { action: 'not-entity'; entityKind: 'place' | 'actor' | 'number' }
  | { action: 'add-actor-alias'; actor: Actor };

/** Longer selections are not names: a correction is about a word or a short phrase. */
export const MAX_SURFACE_CHARS = 80;

/** Store a correction; the extractor applies it on this page and every page analysed later. */
export async function saveCorrection(
  db: ConflictReaderDatabase,
  surface: string,
  lesson: Lesson,
  now: Date = new Date(),
): Promise<Correction> {
  const words = surface.replace(/\s+/g, ' ').trim();
  if (!words) throw new Error('Select the words in the page first.');
  if (words.length > MAX_SURFACE_CHARS) {
    throw new Error(`Select just the name (at most ${MAX_SURFACE_CHARS} characters), not a whole passage.`);
  }
  const stamp = now.toISOString();
  const correction = CorrectionSchema.parse({
    ...lesson,
    id: `c-${crypto.randomUUID()}`,
    surface: words,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.corrections.put(correction);
  return correction;
}

export async function deleteCorrection(db: ConflictReaderDatabase, id: string): Promise<void> {
  await db.corrections.delete(id);
}
