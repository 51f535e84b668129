import { z } from 'zod';

/** The shared corpus's gold annotation format (see shared/corpus/README.md). */
export const GoldFileSchema = z.object({
  id: z.string(),
  publishedAt: z.string(),
  page: z
    .object({ title: z.string(), siteName: z.string(), publishedAt: z.string(), firstSentence: z.string() })
    .optional(),
  places: z.array(
    z.object({
      surface: z.string(),
      name: z.string(),
      level: z.string(),
      country: z.string().nullable(),
      admin1: z.string().nullable().optional(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    }),
  ),
  actors: z.array(z.object({ surface: z.string(), canonical: z.string(), inter: z.number() })),
  numbers: z.array(
    z.object({
      surface: z.string(),
      value: z.number().nullable(),
      low: z.number().nullable().optional(),
      high: z.number().nullable().optional(),
      vague: z.boolean().optional(),
      category: z.string(),
      of: z.string().nullable().optional(),
    }),
  ),
  events: z.array(
    z.object({
      evidence: z.string(),
      date: z.string(),
      datePrecision: z.string().optional(),
      eventType: z.string(),
      subEventType: z.string(),
      actor1: z.string().nullable(),
      inter1: z.number().nullable().optional(),
      actor2: z.string().nullable(),
      inter2: z.number().nullable().optional(),
      location: z.string().nullable(),
      fatalities: z.number().nullable(),
    }),
  ),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldPlace = GoldFile['places'][number];
export type GoldEvent = GoldFile['events'][number];
