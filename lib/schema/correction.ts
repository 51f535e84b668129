import { z } from './zod';
import {
  ActorSchema,
  MAX_COUNT,
  PlaceSchema,
  QuantitySchema,
  type NumberCategory,
  type Quantity,
} from './mention';
import { CORRECTABLE_KINDS } from './mention-kind';

const correctionBase = {
  id: z.string().min(1),
  /** The words as the article wrote them; matching ignores case and diacritics. */
  surface: z.string().trim().min(1),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
};

/** Categories that measure rather than count: their figures may pass MAX_COUNT ("$50 billion"). */
const MEASURES: ReadonlySet<NumberCategory> = new Set([
  'money',
  'area',
  'distance',
  'percent',
  'duration',
  'other',
]);

/**
 * Why a quantity the user taught makes no sense, or null when it does: it needs a value or both
 * ends of a range, no negative figures, no count above MAX_COUNT (no figure beyond exact
 * integers), the low end not above the high end, and a value (when both are given) inside its
 * range.
 */
export function quantityProblem(
  q: Pick<Quantity, 'value' | 'low' | 'high'> & Partial<Pick<Quantity, 'category'>>,
): string | null {
  const { value, low, high } = q;
  if (value === null && (low === null || high === null)) {
    return 'Give the number a value, or both a low and a high.';
  }
  const figures = [value, low, high].filter((n): n is number => n !== null);
  if (figures.some((n) => n < 0)) return 'A number cannot be negative.';
  if (figures.some((n) => !(n <= Number.MAX_SAFE_INTEGER))) return 'The number is too large to be a figure.';
  if (!(q.category && MEASURES.has(q.category)) && figures.some((n) => n > MAX_COUNT)) {
    return `A count cannot be above ${MAX_COUNT.toLocaleString('en')} (more than there are people on Earth).`;
  }
  if (low !== null && high !== null && low > high) return 'The low end cannot be above the high end.';
  if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) {
    return 'The value must lie between the low and the high end.';
  }
  return null;
}

/** A quantity the user taught: what QuantitySchema allows, as long as it makes sense (see quantityProblem). */
export const TaughtQuantitySchema = QuantitySchema.superRefine((quantity, context) => {
  const problem = quantityProblem(quantity);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * One entry of the user's own dictionary. The extractor applies these on every page:
 * new aliases (places, actors, numbers), aliases to forget, a chosen geocode for an ambiguous
 * name, and "not an entity".
 */
export const CorrectionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add-place-alias'), ...correctionBase, place: PlaceSchema }),
  z.object({ action: z.literal('add-actor-alias'), ...correctionBase, actor: ActorSchema }),
  z.object({ action: z.literal('add-number-alias'), ...correctionBase, number: TaughtQuantitySchema }),
  z.object({
    action: z.literal('remove-alias'),
    ...correctionBase,
    entityKind: z.enum(['place', 'actor']),
  }),
  z.object({ action: z.literal('set-geocode'), ...correctionBase, place: PlaceSchema }),
  z.object({
    action: z.literal('not-entity'),
    ...correctionBase,
    entityKind: z.enum(CORRECTABLE_KINDS),
  }),
]);

export type Correction = z.infer<typeof CorrectionSchema>;

/**
 * What the user says about words selected in a page: they are not an entity of a kind, they name
 * an actor, they name a place (picked from the gazetteer, so it also corrects a wrong geocode), or
 * they are a number (a value or a range, with its category).
 */
export const LessonSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('not-entity'), entityKind: z.enum(CORRECTABLE_KINDS) }),
  z.object({ action: z.literal('add-actor-alias'), actor: ActorSchema }),
  z.object({ action: z.literal('add-place-alias'), place: PlaceSchema }),
  z.object({ action: z.literal('add-number-alias'), number: TaughtQuantitySchema }),
]);
export type Lesson = z.infer<typeof LessonSchema>;
