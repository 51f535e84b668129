import type { Actor, ConflictEvent, SubEventType } from '../schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** ACLED's notes open with the date: "On 11 April 2025", "Around 11 April 2025", "In April 2025". */
function dateOpening(date: string, precision: ConflictEvent['timePrecision']): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? '';
  if (precision === 3) return `In ${monthName} ${year}`;
  return `${precision === 2 ? 'Around' : 'On'} ${day} ${monthName} ${year}`;
}

/** Generic group actors read as plain nouns in prose: "Civilians (Sudan)" → "civilians". */
const GROUP_NAME =
  /^(Civilians|Protesters|Rioters|Unidentified Armed Group|Prisoners|Refugees\/IDPs) \([^)]+\)$/;

/**
 * How a note names an actor: an acronym before its full name ("RSF: Rapid Support Forces" → "RSF"),
 * a generic group as a plain noun, state forces without their period ("Military Forces of Sudan").
 */
export function actorInProse(actor: Actor): string {
  const name = actor.canonical.trim();
  const group = GROUP_NAME.exec(name)?.[1];
  if (group)
    return group === 'Unidentified Armed Group' ? 'an unidentified armed group' : group.toLowerCase();
  const acronym = /^([^:]{2,12}): /.exec(name)?.[1];
  if (acronym) return acronym;
  return name.replace(/\s*\(\d{4}-(\d{4})?\)$/, '');
}

type Predicate = (a1: string, a2: string | null) => string;

const on = (a2: string | null) => (a2 ? ` on ${a2}` : '');
const against = (a2: string | null) => (a2 ? ` against ${a2}` : '');

/** What happened, by sub-event type, as a clause with actor 1 as subject (ACLED's telegraphic style). */
const PREDICATES: Record<SubEventType, Predicate> = {
  'Armed clash': (a1, a2) => (a2 ? `${a1} clashed with ${a2}` : `${a1} were involved in an armed clash`),
  'Government regains territory': (a1, a2) => `${a1} regained territory${a2 ? ` from ${a2}` : ''}`,
  'Non-state actor overtakes territory': (a1, a2) => `${a1} took over territory${a2 ? ` from ${a2}` : ''}`,
  'Chemical weapon': (a1, a2) => `${a1} used a chemical weapon${against(a2)}`,
  'Air/drone strike': (a1, a2) => `${a1} carried out an air/drone strike${on(a2)}`,
  'Suicide bomb': (a1, a2) => `${a1} carried out a suicide bombing${against(a2)}`,
  'Shelling/artillery/missile attack': (a1, a2) => `${a1} fired shells, artillery or missiles${on(a2)}`,
  'Remote explosive/landmine/IED': (a1, a2) => `${a1} detonated an explosive device${against(a2)}`,
  Grenade: (a1, a2) => `${a1} threw a grenade${on(a2)}`,
  'Sexual violence': (a1, a2) => `${a1} committed sexual violence${against(a2)}`,
  Attack: (a1, a2) => (a2 ? `${a1} attacked ${a2}` : `${a1} carried out an attack`),
  'Abduction/forced disappearance': (a1, a2) => `${a1} abducted ${a2 ?? 'people'}`,
  'Peaceful protest': (a1) => `${a1} held a peaceful protest`,
  'Protest with intervention': (a1, a2) => `${a1} protested${a2 ? ` and ${a2} intervened` : ''}`,
  'Excessive force against protesters': (a1, a2) =>
    `${a1} used excessive force against ${a2 ?? 'protesters'}`,
  'Violent demonstration': (a1, a2) => `${a1} held a violent demonstration${against(a2)}`,
  'Mob violence': (a1, a2) => (a2 ? `${a1} attacked ${a2}` : `${a1} engaged in mob violence`),
  Agreement: (a1, a2) => (a2 ? `${a1} and ${a2} reached an agreement` : `${a1} reached an agreement`),
  Arrests: (a1, a2) => `${a1} arrested ${a2 ?? 'people'}`,
  'Change to group/activity': (a1) => `${a1} changed their activity`,
  'Disrupted weapons use': (a1, a2) => `${a1} disrupted weapons use${a2 ? ` by ${a2}` : ''}`,
  'Headquarters or base established': (a1) => `${a1} established a base`,
  'Looting/property destruction': (a1, a2) => `${a1} looted or destroyed property${a2 ? ` of ${a2}` : ''}`,
  'Non-violent transfer of territory': (a1, a2) =>
    `${a1} took over territory without fighting${a2 ? ` from ${a2}` : ''}`,
  Other: (a1) => `${a1} were involved in a strategic development`,
};

/** "in El Fasher (North Darfur)", "in Minakulu (Oyam, Northern)": ACLED writes the place, then admin2, admin1. */
function placePhrase(location: ConflictEvent['location']): string {
  if (!location) return '';
  const admins = [location.admin2, location.admin1].filter((a): a is string => !!a && a !== location.name);
  return ` in ${location.name}${admins.length ? ` (${admins.join(', ')})` : ''}`;
}

function tollPhrase(fatalities: number | null, actor2: Actor | null): string {
  if (!fatalities) return '';
  const civilians = actor2?.inter === 7;
  const who = fatalities === 1 ? (civilians ? 'civilian' : 'person') : civilians ? 'civilians' : 'people';
  return `, killing ${fatalities} ${who}`;
}

/**
 * An ACLED-style summary of the event built from its fields alone ("On 11 April 2025, RSF fired
 * shells, artillery or missiles in El Fasher (North Darfur), killing 32 people."), for the
 * `notes` column of an export when the user has written none.
 */
export function acledSummaryOf(event: ConflictEvent): string {
  const a1 = event.actor1 ? actorInProse(event.actor1) : 'unidentified actors';
  const a2 = event.actor2 ? actorInProse(event.actor2) : null;
  const clause = PREDICATES[event.subEventType](a1, a2);
  const opening = dateOpening(event.date, event.timePrecision);
  return `${opening}, ${clause}${placePhrase(event.location)}${tollPhrase(event.fatalities, event.actor2)}.`;
}

/** Each run of line breaks as one space: ACLED's cells hold one line. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * The notes an export writes: the user's own notes when there are any, else the summary; then the
 * evidence sentence the event was read from, quoted. On one line, like ACLED's.
 */
export function exportNotesOf(event: ConflictEvent): string {
  const own = event.notes.trim();
  const summary = own || acledSummaryOf(event);
  const quote = oneLine(event.evidence.text).trim();
  return oneLine(own.includes(quote) ? summary : `${summary} Source: “${quote}”`);
}
