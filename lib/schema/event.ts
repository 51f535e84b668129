import { z } from './zod';
import {
  type EventType,
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
  /** ACLED's second and third administrative levels; absent on events stored before they existed. */
  admin2: z.string().nullable().optional(),
  admin3: z.string().nullable().optional(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geoPrecision: GeoPrecisionSchema,
});

/** The sentence an event was read from: offsets into the article text plus a quote for re-anchoring. */
/**
 * The number an event carries in ACLED-style ids (`event_id_cnty`), given once and kept: the
 * user's prefix (so it never collides with ACLED's own ids, which are three letters and digits),
 * a serial, and the country's ISO3 code when the number was given. ACLED keeps an id when it
 * recodes an event's country, so the code is kept too; an event numbered before it had a country
 * takes its current one.
 */
export const ExportIdSchema = z.object({
  prefix: z.string().regex(/^[A-Z]{1,6}$/),
  number: z.number().int().positive(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  selector: TextQuoteSelectorSchema.optional(),
});

const subEventBelongsToType = (e: { eventType: EventType; subEventType: string }) =>
  isSubEventOf(e.eventType, e.subEventType);
const subEventError = { message: 'sub-event type does not belong to the event type', path: ['subEventType'] };

/** What the extractor proposes: an event in ACLED's terms, tied to the sentence it was read from. */
const proposedEventFields = z.object({
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
  evidence: EvidenceSchema,
  confidence: z.number().min(0).max(1),
  /** ACLED's `tags` ("crowd size=no report", "crowd size=hundreds"…), joined by "; ". */
  tags: z.string().optional(),
});

export const ProposedEventSchema = proposedEventFields.refine(subEventBelongsToType, subEventError);

/** An event as the user's log keeps it: the proposal plus provenance, review status and notes. */
export const EventSchema = proposedEventFields
  .extend({
    id: z.string().min(1),
    articleId: z.string().min(1),
    notes: z.string(),
    /** The outlet, as ACLED's `source` column names it. */
    source: z.string(),
    sourceUrl: z.string(),
    status: EventStatusSchema,
    /** ACLED's `assoc_actor_1`/`assoc_actor_2`: names joined by "; " as ACLED writes them. */
    assocActor1: z.string().optional(),
    assocActor2: z.string().optional(),
    /** ACLED's `source_scale` ("National", "Subnational-National", "New media"…). */
    sourceScale: z.string().optional(),
    exportId: ExportIdSchema.optional(),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .refine(subEventBelongsToType, subEventError);

export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventLocation = z.infer<typeof EventLocationSchema>;
export type ExportId = z.infer<typeof ExportIdSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ProposedEvent = z.infer<typeof ProposedEventSchema>;
export type ConflictEvent = z.infer<typeof EventSchema>;
