import { PlaceLevelSchema } from '../../schema/mention';
import { z } from '../../schema/zod';

import { FoldedWordSchema as Word, FoldedWordsSchema as Words } from '../lexicon/word-schemas';

/** Words that give the level of the place they name ("village" → village). */
const LevelOfWord = z.record(Word, PlaceLevelSchema);

/** The places finder's words of a language (`lib/data/lexicon/<language>/places.json`). */
export const PlaceLexiconSchema = z.strictObject({
  /**
   * Single words that are places somewhere in the world but, capitalised in the news, almost
   * always something else: common words, titles, institutions, months and days, first names. The
   * gazetteer build drops them as one-word keys too.
   */
  stopwords: Words,
  /** Right before a capitalised name, a person or a title, not a place ("President Idris"). */
  personTitles: Words,
  /** Verbs of saying: "Idris said" is a person speaking, not the town of Idris. */
  speechVerbs: Words,
  /** Compass words: "Eastern Aleppo" is a region of Aleppo; alone they are no place. */
  directions: Words,
  /** After a name, the first-level region ("Aleppo Province", "Donetsk region"). */
  admin1Words: Words,
  /** After a name, the city and not the region of the same name ("Aleppo city"). */
  cityWords: Words,
  /** Place-type words after a name ("X district", "X airport"); `keep` puts the word in the mention. */
  typeAfter: z.record(Word, z.strictObject({ level: PlaceLevelSchema, keep: z.boolean() }).strict()),
  /** Words between a name and its type word that the type keeps ("gas field", "International Airport"). */
  typeModifiers: Words,
  /** "the town of X", "the districts of X, Y and Z": the type word and the level it gives. */
  typeBeforeOf: LevelOfWord,
  /** Words between such a type word and its names ("of"). */
  typeOfLinks: Words,
  /** Words joining the last names of a list ("A, B and C"). */
  listConjunctions: Words,
  /** After a demonym, a border region ("the Jordanian border"). */
  borderWords: Words,
  /** Before a name no dictionary knows, words that make it a likely place ("near X", "shelled X"). */
  locatives: Words,
  /** First words of Arabic toponyms and the level they give ("Tal al-X" hill, "Kafr X" village). */
  toponymHeads: LevelOfWord,
  /** Capitalised words that make the name before them an organisation or a treaty ("Damascus Brigade", "Minsk Agreement"). */
  orgWords: Words,
  /** Capitalised words that are never places: languages, faiths, weekdays. */
  notPlaceWords: Words,
  /**
   * Words of names that are never places in the news, besides the Arabic-article names the actor
   * dictionary knows ("al-Qaeda"): a religion, and the name of Jerusalem carried by organisations,
   * days and weapons ("Quds Force", "Quds Day").
   */
  notPlaceNames: Words,
  /** Lower-case words inside names ("Bandar-e Abbas", "Rio de Janeiro", "Rostov-on-Don"). */
  connectors: Words,
  /**
   * English words inside names, which join a name with hyphens ("Rostov-on-Don"), or with spaces
   * only when the gazetteer knows the whole name ("Port of Spain", "Trinidad and Tobago"):
   * "Kupiansk on Tuesday" is no name.
   */
  hyphenOnlyConnectors: Words,
  /** Abbreviated words of names, written with a full stop, and their full forms ("St. Gallen"). */
  nameAbbreviations: z.record(Word, Words),
  /**
   * The Arabic definite article as English reporting transliterates it, with its sun-letter
   * assimilations (ad-Dana, ash-Shaddadi, ar-Raqqa): inside a name they all mean "al".
   */
  arabicArticles: Words,
  /** Countries whose place names carry the Arabic article (ISO 3166-1 alpha-2). */
  arabicArticleCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code')),
  /** Quotes and brackets after which a capital letter says nothing about a name ("'Jasmine' rally"). */
  openingMarks: z.array(z.string().length(1)),
});

export type PlaceLexicon = z.infer<typeof PlaceLexiconSchema>;
