import type { Actor } from '../../schema/mention';
import { countryOfCode } from '../../geo/countries';
import type { InterCode } from '../../schema/acled';
import { loadActorDictionary, type ActorDictionary } from './dictionary';
import type { ActorEntry, ActorRef, RoleSet } from './schema';

export interface ActorContext {
  /** ISO 3166-1 alpha-2 code of the country the article is about (from its place mentions), or null. */
  focusCountry: string | null;
  /** Publication date (`YYYY-MM-DD…`), for era-dependent names ("Military Forces of Syria (2000-2024)"). */
  publishedAt: string | null;
}

type Era = { from?: string; to?: string };

export function dayOf(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const day = publishedAt.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** Whether a date falls in [from, to). Without a date, the current (open-ended) era counts. */
export function inEra(era: Era, day: string | null): boolean {
  if (day === null) return era.to === undefined;
  return (era.from === undefined || day >= era.from) && (era.to === undefined || day < era.to);
}

/** A country's name as ACLED writes it: the actor data's, else the table of every country's. */
function countryName(dict: ActorDictionary, iso: string | null): string | null {
  if (!iso) return null;
  return dict.countries.get(iso)?.name ?? countryOfCode(iso)?.name ?? iso;
}

function suffixOf(dict: ActorDictionary, iso: string, day: string | null): string {
  const eras = dict.countries.get(iso)?.eras;
  if (!eras) return '';
  return (eras.find((e) => inEra(e, day)) ?? eras[eras.length - 1])?.suffix ?? '';
}

/** State forces are inter 1 at home and 8 (external forces) when acting in another country. */
export function stateInter(iso: string, focus: string | null): InterCode {
  return focus === null || focus === iso ? 1 : 8;
}

export type StateBody = 'military' | 'government' | 'police';

export function stateActor(
  dict: ActorDictionary,
  iso: string | null,
  ctx: ActorContext,
  body: StateBody = 'military',
): Actor {
  const day = dayOf(ctx.publishedAt);
  const label = { military: 'Military Forces', government: 'Government', police: 'Police Forces' }[body];
  if (!iso)
    return { canonical: body === 'government' ? 'Government' : `${label} (unknown country)`, inter: 1 };
  const name = countryName(dict, iso) ?? iso;
  const of = iso === 'US' ? 'of the United States' : `of ${name}`;
  return { canonical: `${label} ${of}${suffixOf(dict, iso, day)}`, inter: stateInter(iso, ctx.focusCountry) };
}

/** A country's generic group actor: "Civilians (Syria)", "Protesters (Sudan)". */
export function groupOf(dict: ActorDictionary, label: string, iso: string | null, inter: InterCode): Actor {
  const name = countryName(dict, iso);
  return { canonical: name ? `${label} (${name})` : label, inter };
}

export type RoleName =
  'opposition' | 'militia' | 'paramilitary' | 'separatists' | 'occupier' | 'settlers' | 'gunmen';

export function roleSet(dict: ActorDictionary, iso: string | null, day: string | null): RoleSet | undefined {
  if (!iso) return undefined;
  const sets = dict.roles.get(iso);
  if (!sets) return undefined;
  return sets.find((r) => inEra(r, day)) ?? (day === null ? sets[sets.length - 1] : undefined);
}

export function resolveRef(dict: ActorDictionary, ref: ActorRef, ctx: ActorContext): Actor {
  if ('state' in ref) return stateActor(dict, ref.state, ctx);
  return { canonical: ref.canonical, inter: ref.inter };
}

/** Who a role word means in the focus country at the time; undefined when the data has no opinion. */
export function roleActor(
  dict: ActorDictionary,
  role: RoleName,
  iso: string | null,
  ctx: ActorContext,
): Actor | undefined {
  const ref = roleSet(dict, iso, dayOf(ctx.publishedAt))?.[role];
  return ref ? resolveRef(dict, ref, ctx) : undefined;
}

/** The main armed opposition, with a generic "Opposition Rebels (<country>)" when the data has none. */
export function oppositionOf(dict: ActorDictionary, iso: string | null, ctx: ActorContext): Actor {
  return roleActor(dict, 'opposition', iso, ctx) ?? groupOf(dict, 'Opposition Rebels', iso, 2);
}

/** Whose forces "the army", "troops" and "soldiers" are in a country (Gaza: Israel's). */
export function armyOf(dict: ActorDictionary, iso: string | null, ctx: ActorContext): string | null {
  return roleSet(dict, iso, dayOf(ctx.publishedAt))?.armyOf ?? iso;
}

export function entryActor(dict: ActorDictionary, entry: ActorEntry, ctx: ActorContext): Actor {
  if (entry.state) return stateActor(dict, entry.state, ctx, 'military');
  if (entry.government) return stateActor(dict, entry.government, ctx, 'government');
  if (entry.police) return stateActor(dict, entry.police, ctx, 'police');
  const focus = ctx.focusCountry;
  const canonical = (focus && entry.byCountry?.[focus]) || (entry.canonical as string);
  // A named state force (the Houthis' Supreme Political Council in Yemen) is external abroad too.
  const [home] = entry.countries;
  const inter =
    entry.inter === 1 && home && entry.countries.length === 1 ? stateInter(home, focus) : entry.inter;
  return { canonical, inter: inter as InterCode };
}

export interface DefaultActors {
  state: Actor;
  government: Actor;
  opposition: Actor;
  militia: Actor;
  civilians: Actor;
  police: Actor;
  protesters: Actor;
  rioters: Actor;
  /** Who ACLED names when an attacker is unknown ("gunmen", "armed individuals"). */
  unidentified: Actor;
}

/**
 * The usual parties of a country's conflict at a date: its state forces, its main armed opposition,
 * the militia generic wording points to, its civilians, police, protesters and rioters. For the
 * event proposer's defaults.
 */
export function defaultActorsFor(country: string | null, publishedAt: string | null): DefaultActors {
  const dict = loadActorDictionary();
  const iso = country ? country.toUpperCase() : null;
  const ctx: ActorContext = { focusCountry: iso, publishedAt };
  return {
    state: stateActor(dict, armyOf(dict, iso, ctx), ctx),
    government: stateActor(dict, iso, ctx, 'government'),
    opposition: oppositionOf(dict, iso, ctx),
    militia: roleActor(dict, 'militia', iso, ctx) ?? groupOf(dict, 'Pro-Government Militias', iso, 3),
    civilians: groupOf(dict, 'Civilians', iso, 7),
    police: stateActor(dict, iso, ctx, 'police'),
    protesters: groupOf(dict, 'Protesters', iso, 6),
    rioters: groupOf(dict, 'Rioters', iso, 5),
    unidentified: groupOf(dict, 'Unidentified Armed Group', iso, 3),
  };
}
