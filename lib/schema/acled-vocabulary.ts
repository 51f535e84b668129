// ACLED's vocabulary as plain constants, without zod: for code that must stay small (the CSV
// export's worker). The schemas built on it are in acled.ts.

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

export type InterCode = keyof typeof ACLED_INTER_LABELS;

export function isSubEventOf(eventType: EventType, subEventType: string): boolean {
  return (ACLED_EVENT_TYPES[eventType] as readonly string[]).includes(subEventType);
}
