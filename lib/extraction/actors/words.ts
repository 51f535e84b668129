import { indexedBy, type ActorLexicon } from '../lexicon/lexicon';

/** What an unknown group's last word ("Brigade", "Militia", "Movement", "Forces") says of it. */
export type SuffixKind = keyof ActorLexicon['suffixKeywords'];

/** Possessive endings ("’s"): their last letters (either case), for a quick test, and the endings by length. */
export interface PossessiveEndings {
  lastLetters: ReadonlySet<string>;
  byLength: ReadonlyMap<number, ReadonlySet<string>>;
}

/** The actors lexicon as sets, built once per language. */
export interface ActorWords {
  follow: ReadonlySet<string>;
  verbEnding: ActorLexicon['verbEnding'];
  link: ReadonlySet<string>;
  definiteArticles: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  backed: ReadonlySet<string>;
  pro: ReadonlySet<string>;
  regime: ReadonlySet<string>;
  clan: ReadonlySet<string>;
  groupNouns: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  nameJoiners: ReadonlySet<string>;
  nameStop: ReadonlySet<string>;
  ordinalSuffixes: ReadonlySet<string>;
  possessiveEndings: PossessiveEndings;
  suffixes: ReadonlyMap<string, SuffixKind>;
  prefixes: ReadonlySet<string>;
  stateUnit: ReadonlySet<string>;
  rebel: ReadonlySet<string>;
  identity: ReadonlySet<string>;
  groupFramings: ReadonlySet<string>;
  roleOf: ReadonlySet<string>;
}

export const actorWords = indexedBy((lexicon: ActorLexicon): ActorWords => ({
  follow: new Set(lexicon.followWords),
  verbEnding: lexicon.verbEnding,
  link: new Set(lexicon.linkWords),
  definiteArticles: new Set(lexicon.definiteArticles),
  reporting: new Set(lexicon.reportingVerbs),
  backed: new Set(lexicon.backedWords),
  pro: new Set(lexicon.proPrefixes),
  regime: new Set(lexicon.regimeWords),
  clan: new Set(lexicon.clanWords),
  groupNouns: new Set(lexicon.groupNouns),
  particles: new Set(lexicon.nameParticles),
  nameJoiners: new Set(lexicon.nameJoiners),
  nameStop: new Set(lexicon.nameStop),
  ordinalSuffixes: new Set(lexicon.ordinalSuffixes),
  possessiveEndings: possessiveEndings(lexicon.possessiveEndings),
  suffixes: suffixKinds(lexicon.suffixKeywords),
  prefixes: new Set(lexicon.prefixKeywords),
  stateUnit: new Set(lexicon.stateUnitWords),
  rebel: new Set(lexicon.rebelWords),
  identity: new Set(lexicon.identityWords),
  groupFramings: new Set(lexicon.groupFramings),
  roleOf: new Set(lexicon.roleOf),
}));

function suffixKinds(keywords: ActorLexicon['suffixKeywords']): Map<string, SuffixKind> {
  const kinds = new Map<string, SuffixKind>();
  for (const [kind, list] of Object.entries(keywords) as [SuffixKind, string[]][]) {
    for (const word of list) kinds.set(word, kind);
  }
  return kinds;
}

function possessiveEndings(endings: readonly string[]): PossessiveEndings {
  const lastLetters = new Set<string>();
  const byLength = new Map<number, Set<string>>();
  for (const ending of endings) {
    const last = ending.slice(-1);
    lastLetters.add(last).add(last.toUpperCase());
    byLength.set(ending.length, (byLength.get(ending.length) ?? new Set()).add(ending));
  }
  return { lastLetters, byLength };
}

/** "47", "47th": a number, or an ordinal with one of the language's endings. */
export function isOrdinal(words: ActorWords, norm: string): boolean {
  const match = /^\d+(.*)$/.exec(norm);
  return match !== null && (match[1] === '' || words.ordinalSuffixes.has(match[1] as string));
}
