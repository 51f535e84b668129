import { z } from './zod';
import { ACLED_EVENT_TYPES, type EventType, type SubEventType } from './acled-vocabulary';

export * from './acled-vocabulary';

const eventTypes = Object.keys(ACLED_EVENT_TYPES) as [EventType, ...EventType[]];
const subEventTypes = Object.values(ACLED_EVENT_TYPES).flat() as [SubEventType, ...SubEventType[]];

export const EventTypeSchema = z.enum(eventTypes);
export const SubEventTypeSchema = z.enum(subEventTypes);

/** ACLED actor types ("inter" codes), as ACLED_INTER_LABELS names them. */
export const InterCodeSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
  z.literal(8),
]);

/** ACLED time precision: 1 the exact day, 2 within a week, 3 within a month. */
export const TimePrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;

/** ACLED geo precision: 1 the exact place, 2 a nearby or part-of place, 3 the region. */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;
