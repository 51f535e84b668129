import { z } from './zod';
import { ActorSchema, PlaceSchema } from './mention';

const correctionBase = {
  id: z.string().min(1),
  /** The words as the article wrote them; matching ignores case and diacritics. */
  surface: z.string().trim().min(1),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
};

/**
 * One entry of the user's own dictionary. The extractor applies these on every page:
 * new aliases, aliases to forget, a chosen geocode for an ambiguous name, and "not an entity".
 */
export const CorrectionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add-place-alias'), ...correctionBase, place: PlaceSchema }),
  z.object({ action: z.literal('add-actor-alias'), ...correctionBase, actor: ActorSchema }),
  z.object({
    action: z.literal('remove-alias'),
    ...correctionBase,
    entityKind: z.enum(['place', 'actor']),
  }),
  z.object({ action: z.literal('set-geocode'), ...correctionBase, place: PlaceSchema }),
  z.object({
    action: z.literal('not-entity'),
    ...correctionBase,
    entityKind: z.enum(['place', 'actor', 'number']),
  }),
]);

export type Correction = z.infer<typeof CorrectionSchema>;
export type CorrectionAction = Correction['action'];

/**
 * What the user says about words selected in a page: they are not an entity of a kind, they name
 * an actor, or they name a place (picked from the gazetteer, so it also corrects a wrong geocode).
 */
export const LessonSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('not-entity'), entityKind: z.enum(['place', 'actor', 'number']) }),
  z.object({ action: z.literal('add-actor-alias'), actor: ActorSchema }),
  z.object({ action: z.literal('add-place-alias'), place: PlaceSchema }),
]);
export type Lesson = z.infer<typeof LessonSchema>;
