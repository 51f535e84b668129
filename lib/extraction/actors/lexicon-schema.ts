import { z } from '../../schema/zod';
import { FoldedWordsSchema as folded } from '../lexicon/word-schemas';

/**
 * The actors finder's words of a language (`lib/data/lexicon/<language>/actors.json`). The head
 * nouns and modifiers of generic wording ("regime forces", "terrorists") are the actor dictionary's
 * (`lib/data/actors/generic.json`); these are the words its rules read around them.
 */
export const ActorLexiconSchema = z.strictObject({
  /** Words after which an adjective-like head ("military", "regime", "civilian") is a noun. */
  followWords: folded,
  /** Words a longer word must end with to count as a verb after such a head ("the army shelled"). */
  verbEnding: z.strictObject({ ending: z.string().min(1), longerThan: z.number().int().nonnegative() }),
  /** Words tying generic fighters to a named group after them: "gunmen from the ...", "loyal to". */
  linkWords: folded,
  /** Articles that may not open those links, and that a group's name drops ("the Al-Quds Brigade"). */
  definiteArticles: folded,
  /** Reporting verbs: "residents said" quotes a source, not a party. */
  reportingVerbs: folded,
  /** "Iran-backed", "Kurdish-led": the first word backs the group, it does not name it. */
  backedWords: folded,
  /** The prefix of "pro-government", "pro-Assad" (before a hyphen). */
  proPrefixes: folded,
  /** Heads that mean a state's government, not its forces: "the Assad regime", "the Syrian regime". */
  regimeWords: folded,
  /** Identity modifiers that make a militia a clan militia, not a communal one ("clan militias"). */
  clanWords: folded,
  /** Nouns that extend a group's name: "ISIL terror group", "Hamas movement". */
  groupNouns: folded,
  /** Small words inside names: "Liwa al-Quds", "Abu Mohammed", "Ahmed ould Ali". */
  nameParticles: folded,
  /** Words that join the parts of a name: "Army of Islam". */
  nameJoiners: folded,
  /** Words that end no name read backwards or forwards: articles, prepositions, pronouns. */
  nameStop: folded,
  /** Endings of ordinal numbers ("47th"), which mark a state unit. */
  ordinalSuffixes: folded,
  /** Endings that make a word possessive ("Assad’s"), matched on the text (any case). */
  possessiveEndings: z.array(
    z
      .string()
      .min(1)
      .regex(/^[^A-Z]*$/, 'endings are written in lower case'),
  ),
  /** The words that end an unknown group's name ("Al Miqdad Brigade"), by what they say of it. */
  suffixKeywords: z.strictObject({
    /** Military units and fronts: a rebel group unless a state unit word says otherwise. */
    unit: folded,
    /** "X Militia": identity militia with an identity word, else a political militia. */
    militia: folded,
    /** "X Movement": a group only with a rebel word. */
    movement: folded,
    /** "X Forces": rebels with a rebel word, else a political militia. */
    forces: folded,
  }),
  /** Words that begin a group's name ("Liwa al-Quds", "Jaish al-Islam"). */
  prefixKeywords: folded,
  /** Words of a state unit's name ("47th Mechanized Brigade"). */
  stateUnitWords: folded,
  /** Words of a rebel group's name ("Sudan Liberation Movement"). */
  rebelWords: folded,
  /** Words of an identity militia's name ("Tribal Self-Defence Militia"). */
  identityWords: folded,
  /** Words between "of" and a group in "<Name>, commander of the rebel <Group>". */
  groupFramings: folded,
  /** The word tying a role to its group: "commander of the ...". */
  roleOf: folded,
});

export type ActorLexicon = z.infer<typeof ActorLexiconSchema>;
