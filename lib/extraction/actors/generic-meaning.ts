/**
 * What generic wording means: the actor its modifiers and head class point to ("regime forces" →
 * the state's military, "Iraqi militia" in Syria → Iraqi Shiite Militias, "Syrian children" →
 * Civilians (Syria)), resolved once the focus country is known.
 */
import type { Actor } from '../../schema/mention';
import type { HeadInfo } from './dictionary';
import type { Piece } from './generic-wording';
import { armyOf, groupOf, oppositionOf, roleActor, stateActor, type ActorContext } from './resolve';
import type { HeadClass } from './schema';
import type { ActorWork, Contextual } from './work';

export interface Meaning {
  resolve: (ctx: ActorContext) => Actor | null;
  contextual?: Contextual;
  /** Leading pieces left out of the mention's text. */
  skip: number;
  /** The rule, as the mention's reason names it. */
  rule: string;
}

/** Head classes a backer ("Iran-backed", "pro-Hamas") is enough of a modifier for. */
const BACKABLE: ReadonlySet<HeadClass> = new Set<HeadClass>(['opposition', 'fighters', 'militia']);
/** Armed head classes an ethnic adjective makes an ethnic militia ("Fulani gunmen"). */
const ETHNIC_ARMED: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'militia',
  'paramilitary',
  'fighters',
  'gunmen',
  'force',
  'opposition',
]);

/** The head of the wording and what its modifiers say. */
interface Wording {
  cls: HeadClass;
  head: HeadInfo | undefined;
  headKey: string;
  /** A plural demonym as the head ("Iranians"): civilians of that country. */
  plural: string | null;
  mods: number;
  country: string | null;
  countryPieces: number;
  stateMod: boolean;
  /** The country of "pro-<state>" (null: the focus country's), undefined without one. */
  stateCountry: string | null | undefined;
  oppMod: boolean;
  foreign: boolean;
  identity: string | null;
  ethnic: string | null;
  backer: boolean;
}

function wordingOf(used: readonly Piece[]): Wording {
  const headPiece = used[used.length - 1] as Piece;
  const plural = headPiece.p.country?.kind === 'plural' ? headPiece.p.country.iso2 : null;
  const w: Wording = {
    cls: plural ? 'civilians' : (headPiece.p.head?.class as HeadClass),
    head: headPiece.p.head,
    headKey: headPiece.p.key,
    plural,
    mods: used.length - 1,
    country: plural,
    countryPieces: 0,
    stateMod: false,
    stateCountry: undefined,
    oppMod: false,
    foreign: false,
    identity: null,
    ethnic: null,
    backer: false,
  };
  for (const m of used.slice(0, -1)) {
    if (m.backer || m.proNeutral) w.backer = true;
    else if (m.proState !== undefined) {
      w.stateMod = true;
      w.stateCountry = m.proState;
    } else {
      const p = m.p;
      if (p.country && p.country.kind !== 'plural') {
        w.country = p.country.iso2;
        w.countryPieces++;
      }
      if (p.ethnic) w.ethnic = p.ethnic;
      if (p.mod?.class === 'state') w.stateMod = true;
      if (p.mod?.class === 'opposition') w.oppMod = true;
      if (p.mod?.class === 'foreign') w.foreign = true;
      if (p.mod?.class === 'identity') w.identity = p.key;
    }
  }
  return w;
}

/** The actor generic wording names, or null when it names none (a bare "forces", "herders"). */
export function interpret(work: ActorWork, used: readonly Piece[]): Meaning | null {
  const w = wordingOf(used);
  const hasModifier =
    w.stateMod || w.oppMod || w.foreign || w.identity !== null || w.ethnic !== null || w.country !== null;
  if (w.head && !w.head.standalone && !hasModifier && !(w.backer && BACKABLE.has(w.cls))) return null;
  const unarmed = unarmedMeaning(work, w);
  return unarmed === undefined ? armedMeaning(work, w) : unarmed;
}

const simple = (rule: string, resolve: Meaning['resolve'], skip = 0): Meaning => ({ resolve, skip, rule });

/** Civilians, protesters, rioters, police, settlers, herders; undefined for armed wording. */
function unarmedMeaning(work: ActorWork, w: Wording): Meaning | null | undefined {
  const { dict, focus } = work;
  const { country, ethnic } = w;
  switch (w.cls) {
    case 'civilians': {
      // "Syrian children" in a Syria story is "children"; a foreign demonym stays ("Iranian citizens").
      const skip = !w.plural && country && country === focus && w.countryPieces === w.mods ? w.mods : 0;
      return simple('civilians', (ctx) => groupOf(dict, 'Civilians', country ?? ctx.focusCountry, 7), skip);
    }
    case 'protesters':
      return simple('protesters', (ctx) => groupOf(dict, 'Protesters', country ?? ctx.focusCountry, 6));
    case 'rioters':
      return simple('rioters', (ctx) => groupOf(dict, 'Rioters', country ?? ctx.focusCountry, 5));
    case 'police':
      return simple('police', (ctx) => stateActor(dict, country ?? ctx.focusCountry, ctx, 'police'));
    case 'settlers':
      return simple(
        'settlers',
        (ctx) =>
          roleActor(dict, 'settlers', ctx.focusCountry, ctx) ??
          (country ? groupOf(dict, 'Settlers', country, 4) : { canonical: 'Settlers', inter: 4 }),
      );
    case 'herders':
      if (!ethnic) return null;
      return simple('ethnic herders', (ctx) =>
        groupOf(dict, `${ethnic} Ethnic Militia`, ctx.focusCountry, 4),
      );
    default:
      return undefined;
  }
}

/** State forces, militias, rebels, gunmen, occupiers, separatists. */
function armedMeaning(work: ActorWork, w: Wording): Meaning | null {
  const { dict, focus } = work;
  const { cls, country, ethnic } = w;
  if (ethnic && ETHNIC_ARMED.has(cls)) {
    return simple('ethnic militia', (ctx) => groupOf(dict, `${ethnic} Ethnic Militia`, ctx.focusCountry, 4));
  }
  if (cls === 'militia' || cls === 'paramilitary') return militiaMeaning(work, w);
  if (w.oppMod && cls !== 'police') {
    return {
      resolve: (ctx) => oppositionOf(dict, foreignOr(work, country, ctx), ctx),
      contextual: 'opposition',
      skip: 0,
      rule: 'opposition modifier',
    };
  }
  if (cls === 'occupier') return roleOrOpposition(work, 'occupier', 'occupiers');
  if (w.stateMod || cls === 'state') {
    const c = country ?? w.stateCountry ?? null;
    if (w.head?.class === 'state' && work.words.regime.has(w.headKey) && c) {
      return simple('country + regime', (ctx) => stateActor(dict, c, ctx, 'government'));
    }
    if ((cls === 'fighters' || cls === 'opposition' || cls === 'gunmen') && !w.stateMod) return null;
    return simple('state forces', (ctx) =>
      stateActor(dict, c ?? armyOf(dict, ctx.focusCountry, ctx), ctx, 'military'),
    );
  }
  if (cls === 'force' || cls === 'weapon' || cls === 'personnel') {
    if (!country) return null;
    return simple('forces of a country', (ctx) => stateActor(dict, country, ctx, 'military'));
  }
  if (cls === 'separatists') return roleOrOpposition(work, 'separatists', 'separatists');
  if (cls === 'gunmen') {
    return {
      resolve: (ctx) =>
        roleActor(dict, 'gunmen', ctx.focusCountry, ctx) ??
        groupOf(dict, 'Unidentified Armed Group', ctx.focusCountry, 3),
      contextual: 'gunmen',
      skip: 0,
      rule: 'gunmen',
    };
  }
  if (cls === 'opposition' || cls === 'fighters') {
    return {
      resolve: (ctx) => oppositionOf(dict, foreignOr(work, country, ctx), ctx),
      contextual: country && country !== focus ? undefined : 'opposition',
      skip: 0,
      rule: 'rebels',
    };
  }
  return null;
}

/** Militia and paramilitary wording: ethnic, clan or communal, opposition, foreign, or the state's. */
function militiaMeaning(work: ActorWork, w: Wording): Meaning {
  const { dict, focus } = work;
  const { cls, country, identity, stateMod } = w;
  if (identity) {
    const label = work.words.clan.has(identity) ? 'Clan Militia' : 'Communal Militia';
    return simple('identity militia', (ctx) => groupOf(dict, label, ctx.focusCountry, 4));
  }
  if (w.oppMod) return simple('opposition militia', (ctx) => oppositionOf(dict, ctx.focusCountry, ctx));
  if (country && country !== focus) {
    const abroad = dict.countries.get(country)?.militiaAbroad;
    if (abroad)
      return simple('foreign militia', () => ({ canonical: abroad.canonical, inter: abroad.inter }));
  }
  return simple('militia', (ctx) => {
    const iso = country ?? ctx.focusCountry;
    if (!stateMod && cls === 'paramilitary') {
      const para = roleActor(dict, 'paramilitary', iso, ctx);
      if (para) return para;
    }
    if (!stateMod) {
      const militia = roleActor(dict, 'militia', iso, ctx);
      if (militia) return militia;
    }
    return groupOf(dict, 'Pro-Government Militias', iso, 3);
  });
}

/** "occupiers", "separatists": who the data says they are in the focus country, else its opposition. */
function roleOrOpposition(work: ActorWork, role: 'occupier' | 'separatists', rule: string): Meaning {
  const { dict } = work;
  return simple(
    rule,
    (ctx) => roleActor(dict, role, ctx.focusCountry, ctx) ?? oppositionOf(dict, ctx.focusCountry, ctx),
  );
}

/** "Syrian rebels" in a Turkish story are Syria's rebels; "foreign fighters" are the focus country's opposition. */
function foreignOr(work: ActorWork, country: string | null, ctx: ActorContext): string | null {
  if (country && country !== ctx.focusCountry && work.dict.roles.has(country)) return country;
  return ctx.focusCountry;
}
