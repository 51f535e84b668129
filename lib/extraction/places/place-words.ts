import type { PlaceLevel } from '../../schema/mention';
import { loadActorDictionary } from '../actors/dictionary';
import { indexedBy, type PlaceLexicon } from '../lexicon/lexicon';
import { tokenize } from '../text/tokenize';

/** A place-type word after a name: the level it gives, and whether the mention keeps the word. */
export interface TypeWord {
  level: PlaceLevel;
  keep: boolean;
}

/** The places lexicon as sets and maps, for lookups by a token's folded form. */
export interface PlaceWords {
  stopwords: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  admin1Words: ReadonlySet<string>;
  cityWords: ReadonlySet<string>;
  typeAfter: ReadonlyMap<string, TypeWord>;
  typeModifiers: ReadonlySet<string>;
  typeBeforeOf: ReadonlyMap<string, PlaceLevel>;
  typeOfLinks: ReadonlySet<string>;
  listConjunctions: ReadonlySet<string>;
  borderWords: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  toponymHeads: ReadonlyMap<string, PlaceLevel>;
  orgWords: ReadonlySet<string>;
  notPlaceWords: ReadonlySet<string>;
  /** Words of organisations' and people's names: a name holding one is no place ("al-Qaeda"). */
  notPlaceNames: ReadonlySet<string>;
  /** One-word names of actors ("Taliban", "Hamas", "Wagner"): a place only where a city goes by it. */
  actorNames: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  hyphenOnlyConnectors: ReadonlySet<string>;
  nameAbbreviations: ReadonlyMap<string, readonly string[]>;
  arabicArticles: ReadonlySet<string>;
  arabicArticleCountries: ReadonlySet<string>;
  openingMarks: ReadonlySet<string>;
}

/** The sets and maps of a places lexicon, built once per lexicon. */
export const placeWords = indexedBy((lexicon: PlaceLexicon): PlaceWords => ({
  stopwords: new Set(lexicon.stopwords),
  personTitles: new Set(lexicon.personTitles),
  speechVerbs: new Set(lexicon.speechVerbs),
  directions: new Set(lexicon.directions),
  admin1Words: new Set(lexicon.admin1Words),
  cityWords: new Set(lexicon.cityWords),
  typeAfter: new Map(Object.entries(lexicon.typeAfter)),
  typeModifiers: new Set(lexicon.typeModifiers),
  typeBeforeOf: new Map(Object.entries(lexicon.typeBeforeOf)),
  typeOfLinks: new Set(lexicon.typeOfLinks),
  listConjunctions: new Set(lexicon.listConjunctions),
  borderWords: new Set(lexicon.borderWords),
  locatives: new Set(lexicon.locatives),
  toponymHeads: new Map(Object.entries(lexicon.toponymHeads)),
  orgWords: new Set(lexicon.orgWords),
  notPlaceWords: new Set(lexicon.notPlaceWords),
  notPlaceNames: new Set([
    ...lexicon.notPlaceNames,
    ...articleNamesOfActors(lexicon.arabicArticles),
    ...oneWordSourceNames(),
  ]),
  actorNames: new Set(oneWordActorNames()),
  connectors: new Set(lexicon.connectors),
  hyphenOnlyConnectors: new Set(lexicon.hyphenOnlyConnectors),
  nameAbbreviations: new Map(Object.entries(lexicon.nameAbbreviations)),
  arabicArticles: new Set(lexicon.arabicArticles),
  arabicArticleCountries: new Set(lexicon.arabicArticleCountries),
  openingMarks: new Set(lexicon.openingMarks),
}));

/** A name written as one capitalised word, folded ("Reuters" → "reuters"); none for other names. */
function oneCapitalisedWord(name: string): string[] {
  const tokens = tokenize(name);
  return tokens.length === 1 && tokens[0]?.capitalised ? [tokens[0].norm] : [];
}

/** News sources named in one word ("Xinhua", "Reuters"): an agency, never the town that shares its name. */
function oneWordSourceNames(): string[] {
  return loadActorDictionary().sources.flatMap(oneCapitalisedWord);
}

/** The capitalised one-word names and short names of the actor dictionary's entries. */
function oneWordActorNames(): string[] {
  return loadActorDictionary().entries.flatMap((entry) =>
    [...entry.aliases, ...entry.shortNames].flatMap(oneCapitalisedWord),
  );
}

/**
 * The names of organisations and people that the actor dictionary knows as an Arabic article and
 * one word ("al-Qaeda", "Al Shabaab", "al-Nusra"), by that word: written alone or with the article,
 * it names them and not the villages that share it. An article in capitals is another word ("US
 * military").
 */
function articleNamesOfActors(articles: readonly string[]): string[] {
  const isArticle = new Set(articles);
  const words: string[] = [];
  for (const entry of loadActorDictionary().entries) {
    for (const name of [...entry.aliases, ...entry.localAliases, ...entry.people, ...entry.shortNames]) {
      const tokens = tokenize(name).filter((t) => t.isWord);
      const [article, word] = tokens;
      if (tokens.length !== 2 || !article || !word || !isArticle.has(article.norm)) continue;
      const written = name.slice(article.start, article.end);
      if (written !== written.toUpperCase()) words.push(word.norm);
    }
  }
  return words;
}
