import { z } from 'zod';
import {
  EventTypeSchema,
  GeoPrecisionSchema,
  SubEventTypeSchema,
  TimePrecisionSchema,
  isSubEventOf,
} from './acled';
import { ActorSchema } from './mention';
import { TextQuoteSelectorSchema } from './selector';

export const EventStatusSchema = z.enum(['proposed', 'confirmed', 'rejected']);

export const EventLocationSchema = z.object({
  name: z.string().min(1),
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geoPrecision: GeoPrecisionSchema,
});

/** The sentence an event was read from: offsets into the article text plus a quote for re-anchoring. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  selector: TextQuoteSelectorSchema.optional(),
});

/** One event in ACLED's terms, tied to the article and sentence it came from. */
export const EventSchema = z
  .object({
    id: z.string().min(1),
    articleId: z.string().min(1),
    /** ACLED event_date, `YYYY-MM-DD`. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    timePrecision: TimePrecisionSchema,
    eventType: EventTypeSchema,
    subEventType: SubEventTypeSchema,
    actor1: ActorSchema.nullable(),
    actor2: ActorSchema.nullable(),
    location: EventLocationSchema.nullable(),
    /** Deaths the article attributes to this event; null when it does not say. */
    fatalities: z.number().int().nonnegative().nullable(),
    notes: z.string(),
    /** The outlet, as ACLED's `source` column names it. */
    source: z.string(),
    sourceUrl: z.string(),
    evidence: EvidenceSchema,
    confidence: z.number().min(0).max(1),
    status: EventStatusSchema,
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .refine((e) => isSubEventOf(e.eventType, e.subEventType), {
    message: 'sub-event type does not belong to the event type',
    path: ['subEventType'],
  });

export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventLocation = z.infer<typeof EventLocationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ConflictEvent = z.infer<typeof EventSchema>;
