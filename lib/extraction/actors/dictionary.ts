import afghanistanPakistan from '../../data/actors/afghanistan-pakistan.json';
import centralWestAfrica from '../../data/actors/central-west-africa.json';
import countriesFile from '../../data/actors/countries.json';
import genericFile from '../../data/actors/generic.json';
import globalActors from '../../data/actors/global.json';
import hornOfAfrica from '../../data/actors/horn-of-africa.json';
import israelPalestine from '../../data/actors/israel-palestine.json';
import lebanonIraq from '../../data/actors/lebanon-iraq.json';
import myanmar from '../../data/actors/myanmar.json';
import sahel from '../../data/actors/sahel.json';
import sudan from '../../data/actors/sudan.json';
import syria from '../../data/actors/syria.json';
import ukraineRussia from '../../data/actors/ukraine-russia.json';
import yemen from '../../data/actors/yemen.json';
import { PhraseIndex } from '../matcher/phrase-index';
import { tokenize } from '../text/tokenize';
import {
  ConflictFileSchema,
  CountriesFileSchema,
  GenericFileSchema,
  type ActorEntry,
  type ConflictFile,
  type Country,
  type HeadClass,
  type ModifierClass,
  type RoleSet,
} from './schema';

/** The raw data files, in the order their entries are preferred when an alias is shared. */
export const ACTOR_DATA_FILES: Readonly<Record<string, unknown>> = {
  'syria.json': syria,
  'sudan.json': sudan,
  'ukraine-russia.json': ukraineRussia,
  'israel-palestine.json': israelPalestine,
  'lebanon-iraq.json': lebanonIraq,
  'yemen.json': yemen,
  'myanmar.json': myanmar,
  'sahel.json': sahel,
  'horn-of-africa.json': hornOfAfrica,
  'central-west-africa.json': centralWestAfrica,
  'afghanistan-pakistan.json': afghanistanPakistan,
  'global.json': globalActors,
};

/**
 * How an alias must be written in the text: `exact` for short all-capital forms ("IS", "AA", "PDF"),
 * `capital` for proper names (the alias's first capitalised word must be capitalised in the text),
 * `any` for lower-case framings ("popular forces").
 */
export type CaseMode =
  { kind: 'exact'; letters: string } | { kind: 'capital'; word: number } | { kind: 'any' };

export interface NamedValue {
  kind: 'actor' | 'person' | 'source';
  entry: ActorEntry | null;
  /** Only valid when the focus country is one of the entry's countries. */
  local: boolean;
  caseMode: CaseMode;
  alias: string;
}

export interface HeadInfo {
  class: HeadClass;
  standalone: boolean;
  ambiguous: boolean;
  army: boolean;
}

/** One generic word or phrase; a phrase may be both a head and a modifier ("army", "regime"). */
export interface GenericPiece {
  key: string;
  head?: HeadInfo;
  mod?: { class: ModifierClass; army: boolean };
  country?: { iso2: string; kind: 'adjective' | 'plural' | 'owner' };
  /** An ethnic or communal adjective ("Fulani", "Masalit"), as written in the data. */
  ethnic?: string;
  caseMode: CaseMode;
}

export interface ActorDictionary {
  countries: ReadonlyMap<string, Country>;
  /** Role sets (who "rebels", "militia", ... are) by country, in data order. */
  roles: ReadonlyMap<string, readonly RoleSet[]>;
  named: PhraseIndex<NamedValue>;
  generic: PhraseIndex<GenericPiece>;
  /** Words that introduce a person acting for a group ("commander", "chief of staff"). */
  personRoles: PhraseIndex<true>;
  entries: readonly ActorEntry[];
  conflicts: readonly ConflictFile[];
  /** Names of news sources: outlets, agencies, monitors ("Xinhua", "Syrian Observatory"). */
  sources: readonly string[];
}

let cached: ActorDictionary | null = null;

/** Load, validate (zod) and index the committed actor data. Memoised: building it takes a few milliseconds once. */
export function loadActorDictionary(): ActorDictionary {
  if (!cached) cached = buildActorDictionary();
  return cached;
}

export function caseModeOf(phrase: string): CaseMode {
  const letters = phrase.replace(/[^\p{L}\p{N}]/gu, '');
  if (
    /\p{Lu}/u.test(letters) &&
    letters === letters.toUpperCase() &&
    letters.replace(/\p{N}/gu, '').length <= 6
  ) {
    return { kind: 'exact', letters };
  }
  if (/\p{Lu}/u.test(phrase)) {
    const words = tokenize(phrase);
    const index = words.findIndex((t) => t.capitalised);
    return { kind: 'capital', word: Math.max(0, index) };
  }
  return { kind: 'any' };
}

function buildActorDictionary(): ActorDictionary {
  const countryFile = CountriesFileSchema.parse(countriesFile);
  const generic = GenericFileSchema.parse(genericFile);
  const conflicts = Object.entries(ACTOR_DATA_FILES).map(([name, data]) => {
    const parsed = ConflictFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`lib/data/actors/${name}: ${parsed.error.message}`);
    return parsed.data;
  });

  const countries = new Map<string, Country>();
  for (const country of countryFile.countries) countries.set(country.iso2, country);

  const roles = new Map<string, RoleSet[]>();
  for (const conflict of conflicts) {
    for (const role of conflict.roles) {
      const list = roles.get(role.country) ?? [];
      list.push(role);
      roles.set(role.country, list);
    }
  }

  const named = new PhraseIndex<NamedValue>();
  const entries: ActorEntry[] = [];
  for (const conflict of conflicts) {
    for (const entry of conflict.actors) {
      entries.push(entry);
      const add = (alias: string, kind: NamedValue['kind'], local: boolean) =>
        named.add(alias, { kind, entry, local, caseMode: caseModeOf(alias), alias });
      for (const alias of entry.aliases) add(alias, 'actor', false);
      for (const alias of entry.localAliases) add(alias, 'actor', true);
      for (const person of entry.people) add(person, 'person', false);
      for (const short of entry.shortNames) add(short, 'person', false);
    }
  }
  for (const source of generic.sources) {
    named.add(source, {
      kind: 'source',
      entry: null,
      local: false,
      caseMode: caseModeOf(source),
      alias: source,
    });
  }

  const pieces = new Map<string, GenericPiece>();
  const piece = (phrase: string, caseSensitive: boolean): GenericPiece => {
    const key = tokenize(phrase)
      .map((t) => t.norm)
      .join(' ');
    let existing = pieces.get(key);
    if (!existing) {
      existing = { key, caseMode: caseSensitive ? caseModeOf(phrase) : { kind: 'any' } };
      pieces.set(key, existing);
    }
    return existing;
  };
  for (const head of generic.heads) {
    piece(head.phrase, false).head = {
      class: head.class,
      standalone: head.standalone ?? false,
      ambiguous: head.ambiguous ?? false,
      army: head.army ?? false,
    };
  }
  for (const mod of generic.modifiers)
    piece(mod.phrase, false).mod = { class: mod.class, army: mod.army ?? false };
  for (const country of countryFile.countries) {
    for (const adjective of country.adjectives)
      piece(adjective, true).country = { iso2: country.iso2, kind: 'adjective' };
    for (const plural of country.plurals)
      piece(plural, true).country = { iso2: country.iso2, kind: 'plural' };
    for (const owner of country.owners) {
      const p = piece(owner, true);
      if (!p.country) p.country = { iso2: country.iso2, kind: 'owner' };
    }
  }
  for (const ethnic of generic.ethnic) {
    const p = piece(ethnic, true);
    if (!p.country) p.ethnic = ethnic;
  }
  const genericIndex = new PhraseIndex<GenericPiece>();
  for (const p of pieces.values()) genericIndex.addFolded(p.key.split(' '), p);

  const personRoles = new PhraseIndex<true>();
  for (const role of generic.roles) personRoles.add(role, true);

  return {
    countries,
    roles,
    named,
    generic: genericIndex,
    personRoles,
    entries,
    conflicts,
    sources: generic.sources,
  };
}
