import { z } from 'zod';
import { PlaceLevelSchema } from '../../schema/mention';
import supplementJson from '../../data/places/supplement.json';

/**
 * A hand-curated place that GeoNames' populated places lack: districts, camps, crossings,
 * airbases, oil fields, roads. Coordinates are approximate (within a few km).
 */
export const SupplementPlaceSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  level: PlaceLevelSchema,
  country: z.string().length(2),
  admin1: z.string().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** The place it lies in or next to, by name ("Aleppo"), or null. */
  parent: z.string().nullable(),
});

export const SupplementSchema = z.object({
  places: z.array(SupplementPlaceSchema),
});

export type SupplementPlace = z.infer<typeof SupplementPlaceSchema>;

let cached: SupplementPlace[] | null = null;

/** The repository's curated supplement (lib/data/places/supplement.json), validated once. */
export function curatedSupplement(): SupplementPlace[] {
  cached ??= SupplementSchema.parse(supplementJson).places;
  return cached;
}
