import { z } from './zod';
import { InterCodeSchema, TimePrecisionSchema } from './acled';
import { TextQuoteSelectorSchema } from './selector';

export const PlaceLevelSchema = z.enum([
  'country',
  'admin1',
  'admin2',
  'region',
  'city',
  'town',
  'village',
  'district',
  'camp',
  'site',
  'border-crossing',
  'road',
]);

/** A geocoded place, as the user would check it: name, where it sits and its coordinates. */
export const PlaceSchema = z.object({
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2 code. */
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  level: PlaceLevelSchema,
  /** The gazetteer does not know it: its coordinates are those of a place it lies in or near. */
  approximate: z.boolean().optional(),
});

/** A canonical actor in ACLED's naming style with its actor type. */
export const ActorSchema = z.object({
  canonical: z.string().min(1),
  inter: InterCodeSchema,
});

export const NumberCategorySchema = z.enum([
  'killed',
  'injured',
  'captured',
  'displaced',
  'count',
  'area',
  'distance',
  'percent',
  'duration',
  'money',
  'other',
]);

/**
 * The largest figure that can be a count: no more people can be killed, injured, held or displaced
 * than live on Earth (about 8.2 billion in 2025, UN World Population Prospects), rounded up to
 * ten billion. A count above it ("killed 99,999,999,999,999,999") is a typo, a code or a joke,
 * and the reader takes it for no number at all.
 */
export const MAX_COUNT = 10_000_000_000;

/** A quantity; vague ones ("dozens") have a null value and a literal low/high range. */
export const QuantitySchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  vague: z.boolean(),
  category: NumberCategorySchema,
  /** What is counted, in the article's words ("children", "militants"); null when unknown. */
  of: z.string().nullable(),
});

export const DateValueSchema = z.object({
  /** `YYYY-MM-DD` (the first day of the week or month when the precision is coarser). */
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  precision: TimePrecisionSchema,
});

/**
 * Why the extractor found a mention: the pass of the pipeline that produced it and the rule of
 * that pass ("places/scan-names", "gazetteer name"), shown by `npm run extract -- --explain`.
 */
export const MentionReasonSchema = z.object({ pass: z.string().min(1), rule: z.string().min(1) });

const mentionBase = {
  /** Offsets into the article text: `text === article.text.slice(start, end)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  selector: TextQuoteSelectorSchema.optional(),
  by: MentionReasonSchema.optional(),
};

/** Something found in the article text, with its normalised meaning under the key named by `kind`. */
export const MentionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), ...mentionBase, place: PlaceSchema }),
  z.object({ kind: z.literal('actor'), ...mentionBase, actor: ActorSchema }),
  z.object({ kind: z.literal('number'), ...mentionBase, number: QuantitySchema }),
  z.object({ kind: z.literal('date'), ...mentionBase, date: DateValueSchema }),
]);

export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type NumberCategory = z.infer<typeof NumberCategorySchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MentionReason = z.infer<typeof MentionReasonSchema>;
