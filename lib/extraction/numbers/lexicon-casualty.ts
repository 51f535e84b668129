import type { NumberCategory } from '../../schema/mention';
import { categoryMap, wordSet } from './words';

/* Casualty vocabulary and the clause words that bound where it applies (lower case). */

/**
 * Casualty vocabulary. FORWARD_KEYWORDS may follow the counted noun ("20 people were killed");
 * ANY_KEYWORDS also include the active forms that precede it ("killing 20 people").
 */
export const FORWARD_KEYWORDS: ReadonlyMap<string, NumberCategory> = categoryMap({
  killed: `killed dead died perished slain massacred executed murdered assassinated beheaded lynched
    martyred succumbed lost neutralised neutralized eliminated`,
  injured: `wounded injured hurt maimed hospitalised hospitalized`,
  captured: `captured arrested detained abducted kidnapped apprehended surrendered taken held`,
  displaced: `displaced fled evacuated uprooted homeless transferred relocated forced sought`,
});

export const ANY_KEYWORDS: ReadonlyMap<string, NumberCategory> = new Map([
  ...FORWARD_KEYWORDS,
  ...categoryMap({
    killed: `kill kills killing death deaths toll fatalities casualties massacring executing claimed lives
      claiming neutralising neutralizing eliminating losing`,
    injured: `wounding injuring injuries`,
    captured: `capturing arresting arrests detaining abducting kidnapping`,
    displaced: `displacing evacuating`,
  }),
]);

/** Verbs that can be active ("20 gunmen killed a soldier"); after the noun they need passive use. */
export const TRANSITIVE_KEYWORDS: ReadonlySet<string> = wordSet(`
  killed massacred executed murdered assassinated beheaded lynched neutralised neutralized eliminated
  wounded injured hurt maimed
  captured arrested detained abducted kidnapped apprehended displaced evacuated transferred
  relocated claimed
`);

/** Keywords that only mean a casualty next to a particular word ("lost their lives", "taken hostage"). */
export const KEYWORD_NEEDS_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lost', new Set(['their', 'his', 'her', 'lives'])],
  ['taken', new Set(['prisoner', 'prisoners', 'hostage', 'hostages', 'captive', 'captives'])],
  ['held', new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners'])],
  ['forced', new Set(['to', 'from', 'out'])],
  ['sought', new Set(['refuge', 'shelter', 'safety'])],
  ['claimed', new Set(['lives', 'the'])],
  ['claiming', new Set(['lives', 'the'])],
]);

/** Counted nouns that carry a category themselves: "20 refugees", "five hostages", "12 bodies". */
export const NOUN_CATEGORY: ReadonlyMap<string, NumberCategory> = categoryMap({
  displaced: `refugees refugee idps evacuees`,
  captured: `hostages hostage prisoners prisoner detainees captives pows`,
  killed: `casualties fatalities deaths bodies corpses lives martyrs`,
});

/** Words that end a clause: a casualty word beyond them describes something else. */
export const CLAUSE_BREAKS: ReadonlySet<string> = wordSet(`
  ; : while whereas but although though when where after before because since until unless if as
`);

/** Words that may sit between a casualty noun and its number: "the death toll has risen to 45". */
export const BACKWARD_BRIDGES: ReadonlySet<string> = wordSet(`
  the a an of to at has have had is was were are been now rose risen climbed reached stood stands
  jumped increased include included includes including among total toll reportedly also ,
`);

/** Relative pronouns: "gunmen who killed" is active, so the casualty is not the gunmen. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = wordSet(`
  who which that
`);

/** Words after a transitive keyword that show it is active: "killed a soldier", "arrested them". */
export const OBJECT_STARTERS: ReadonlySet<string> = wordSet(`
  a an the his her their its them him us many
`);

/** Auxiliaries before a casualty verb that make it passive: "were killed", "have been arrested". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(`
  was were been being be is are got get reportedly also allegedly
`);
