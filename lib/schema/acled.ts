import { z } from './zod';

/** ACLED's event types and, for each, its sub-event types (ACLED codebook). */
export const ACLED_EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof ACLED_EVENT_TYPES;
export type SubEventType = (typeof ACLED_EVENT_TYPES)[EventType][number];

const eventTypes = Object.keys(ACLED_EVENT_TYPES) as [EventType, ...EventType[]];
const subEventTypes = Object.values(ACLED_EVENT_TYPES).flat() as [SubEventType, ...SubEventType[]];

export const EventTypeSchema = z.enum(eventTypes);
export const SubEventTypeSchema = z.enum(subEventTypes);

/** ACLED actor types ("inter" codes). */
export const ACLED_INTER_LABELS = {
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
} as const;

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
export type InterCode = z.infer<typeof InterCodeSchema>;

/** ACLED time precision: 1 the exact day, 2 within a week, 3 within a month. */
export const TimePrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;

/** ACLED geo precision: 1 the exact place, 2 a nearby or part-of place, 3 the region. */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;

export function isSubEventOf(eventType: EventType, subEventType: string): boolean {
  return (ACLED_EVENT_TYPES[eventType] as readonly string[]).includes(subEventType);
}
