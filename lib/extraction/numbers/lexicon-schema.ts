import { NumberCategorySchema } from '../../schema/mention';
import { z } from '../../schema/zod';
import {
  FoldedWordSchema as word,
  FoldedWordsSchema as words,
  PhrasesSchema as phrases,
} from '../lexicon/word-schemas';
const values = z.record(word, z.number().nonnegative());
/** Words by the category of quantity they make ("killed", "distance"...). */
const byCategory = z.partialRecord(NumberCategorySchema, words);

/**
 * The numbers finder's words of a language (`lib/data/lexicon/<language>/numbers.json`): how
 * numbers are spelled out, what bounds or softens them, the units after them, what makes digits a
 * date or a code, and the words around a count that tell what happened to what it counts.
 */
export const NumberLexiconSchema = z.strictObject({
  /** Spelled-out numbers: "four", "twenty-five", "one hundred and twenty", "a dozen", "half a dozen". */
  numberWords: z.strictObject({
    /** Zero to nineteen. */
    units: values,
    tens: values,
    hundred: word,
    dozen: word,
    /** Joins a hundred or a scale to what follows: "one hundred and twenty". */
    and: word,
    /** Stand for one before a hundred or a dozen: "a hundred". */
    articles: words,
    half: word,
  }),
  /** "tens of thousands", "dozens of the attackers", "hundreds of kilometres", "7th of May". */
  of: word,
  /** Multipliers written after a number: "two hundred", "1.2 million", "5 lakh". */
  scales: values,
  /** Abbreviated multipliers glued to digits: "$1.2bn", "5k". */
  gluedScales: values,
  /** Glued to digits, millions after money or a decimal ("$5m", "1.5m"), else metres ("200m"). */
  metresOrMillions: word,
  /** Vague amounts: "dozens", "tens of thousands", "several hundred", "a few". */
  vague: z.strictObject({
    /** Plural round numbers; the literal low bound is two of them (dozens ≥ 24). */
    plurals: values,
    /** Singular round numbers after a vague count: "several hundred", "a few dozen". */
    units: values,
    /** Vague counts and their low bound, unless one of `notAfter` comes before ("too few"). */
    counts: z.array(
      z.strictObject({ phrase: z.string().min(1), low: z.number().positive(), notAfter: words.optional() }),
    ),
    /** Plurals that are also ordinary nouns ("settled old scores"): amounts only before these words. */
    nounPlurals: words,
    nounPluralsCountBefore: words,
    /** Plurals that do not follow a vague count ("several scores" is not read). */
    pluralsNotAfterCounts: words,
  }),
  /** "one" counts ("one civilian") unless it is a pronoun or an idiom ("no one", "one of", "one day"). */
  one: z.strictObject({ word, notAfter: words, notBefore: words }),
  /** "the Three Brotherhood Alliance": a capitalised number word after this article is in a name. */
  nameArticle: word,
  /** Phrases before a number that bound it (low, high), soften it (approx) or open a range. */
  qualifiers: z.strictObject({ low: phrases, high: phrases, approx: phrases, between: phrases }),
  /** "control over 56 districts": after these nouns the word is a preposition, not "more than". */
  overAsPreposition: z.strictObject({ word, after: words }),
  /** Phrases after a number that bound or soften it: "20 or more", "20 or so". */
  orMore: z.strictObject({ low: phrases, approx: phrases }),
  /** Words between the ends of a range: "20 to 30", "two or three". */
  rangeJoiners: words,
  /** "between 10 and 15". */
  betweenJoiner: word,
  currency: z.strictObject({
    /** Symbols before an amount: "$", "£". */
    symbols: words,
    /** Currency codes before an amount: "USD 5 million", "Rs 500 crore". */
    codes: words,
    /** Glued before "$": "US$5". */
    dollarCountry: word,
  }),
  /** Measure units after a number, by the category they give it ("12 km" is a distance). */
  units: byCategory,
  /** Units of several words: "per cent", "US dollars". */
  unitPhrases: z.record(z.string().min(1), NumberCategorySchema),
  /** Areas: "square kilometres", "sq km". */
  square: z.strictObject({ words, bases: words }),
  /** Hyphen compounds after a number that make it an age ("a 9-year-old boy"). */
  ageSuffixes: z.array(
    z
      .string()
      .min(1)
      .regex(/^[^A-Z]*$/, 'written in lower case'),
  ),
  /** Words before a number that make it an age: "aged 25". */
  ageLeads: words,
  /** Words that make digits a name, an ordinal, a clock time or a year rather than a quantity. */
  notQuantities: z.strictObject({
    /** Capitalised words that name a thing by its number: "Brigade 47", "Resolution 2254". */
    labels: words,
    /** Label words that name by number even in lower case: "on day 3". */
    lowercaseLabels: words,
    /** "No. 5". */
    numberSign: word,
    /** Glued after digits: "19th", "1990s", "3pm". */
    suffixes: words,
    /** After a number, a clock time: "3 pm", "1800 GMT", "0600 local time". */
    timeAfter: phrases,
    /** Before a four-digit number, a year: "in 2019", "since 2011". */
    yearLeads: words,
    /** Between two day numbers before a month: "7 and 8 May". */
    dayRangeJoiners: words,
  }),
  /** Casualty words: what happened to the people counted. */
  casualties: z.strictObject({
    /** May follow the counted noun: "20 people were killed". */
    after: byCategory,
    /** Only before the count, or as nouns: "killing 20 people", "the death toll rose to 45". */
    before: byCategory,
    /** Verbs that may be active ("20 gunmen killed a soldier"): after the noun they must be passive. */
    transitive: words,
    /** Casualties only before one of these words: "lost their lives", "taken hostage". */
    needsNext: z.record(word, words),
    /** Not a casualty right before the count: "claimed 5" (a claim). */
    notRightBeforeCount: words,
    /** A casualty right before the count without its next word: "lost 440 troops". */
    rightBeforeCount: words,
    /** Counted nouns that carry a category: "20 refugees", "12 bodies". */
    nouns: byCategory,
    /** Endings of a verb whose second object is a listed count: "killed a soldier and 5 civilians". */
    listVerbEndings: words,
  }),
  /** Words that bound where a casualty word applies. */
  clauses: z.strictObject({
    /** A casualty word beyond these describes something else. */
    breaks: words,
    /** Also end a list of counts sharing one verb: "… killed, while 20 others fled". */
    strongBreaks: words,
    /** May sit between a casualty word and its count: "the death toll has risen to 45". */
    bridges: words,
    /** Join counts into one subject: "20 soldiers and 5 civilians", "42 people, among them 13 women". */
    links: words,
    /** End a listed sub-count: "including 30 in Damascus, 27 in Aleppo". */
    listFollowers: words,
    /** "gunmen who killed": the counted people did it. */
    relativePronouns: words,
    /** After a verb, it is active: "killed a soldier". */
    objectStarters: words,
    /** Before a verb, it is passive: "were killed". */
    passiveAuxiliaries: words,
    /** Before a second verb of the same subject: "killed several soldiers and captured ammunition". */
    sameSubjectLeads: words,
    /** ", and" starts a new clause; "wounded or killed" counts the dead too. */
    coordinators: words,
    /** Before a count listed after an earlier object: "killed a soldier and 5 civilians". */
    listLeads: words,
  }),
  /** The noun a number counts. */
  heads: z.strictObject({
    /** Skipped between "of" and the noun: "dozens of the attackers". */
    ofDeterminers: words,
    /** After "of", the count refers back: "11 of whom". */
    ofPronouns: words,
    /** Modify the count rather than name what is counted: "24 more". */
    modifiers: words,
    /** "170 others": the count refers back. */
    others: words,
    /** End a counted noun phrase: function words and common verbs. */
    stops: words,
    /** Objects and places, never casualties. */
    things: words,
    /** People, where the endings below do not tell. */
    persons: words,
    /** Endings of people nouns: "civilians", "gunmen". */
    personSuffixes: words,
    /** Plurals without the plural suffix. */
    irregularPlurals: words,
    plural: z.strictObject({ endings: words, suffix: word, notSuffixes: words }),
    /** A verb form ends the noun phrase ("killing"), unless it is one of `ingNouns`. */
    verbEnding: word,
    ingNouns: words,
    /** Adverbs end it too: "reportedly". */
    adverbEnding: word,
    /** After an apostrophe, a possessor ("the enclave's"), not what is counted. */
    possessiveEnding: word,
  }),
});

export type NumberLexicon = z.infer<typeof NumberLexiconSchema>;
