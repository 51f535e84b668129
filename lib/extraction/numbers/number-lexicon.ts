/**
 * The numbers finder's word lists (doc.lexicon.numbers, and the month names of doc.lexicon.text)
 * as the Sets and Maps its passes look words up in, built once per lexicon.
 */
import type { NumberCategory } from '../../schema/mention';
import { indexedBy, type Lexicon } from '../lexicon/lexicon';
import { tokenize } from '../text/tokenize';
import type { NumberLexicon } from './lexicon-schema';

export type QualifierKind = 'low' | 'high' | 'approx' | 'between';

/** A phrase as the folded tokens it matches, with what it means. */
export interface Phrase<Meaning> {
  words: readonly string[];
  meaning: Meaning;
}

export interface VagueCount {
  words: readonly string[];
  low: number;
  notAfter: ReadonlySet<string>;
}

type Lists = Omit<
  NumberLexicon,
  'numberWords' | 'scales' | 'gluedScales' | 'vague' | 'qualifiers' | 'orMore' | 'units' | 'unitPhrases'
>;

export interface NumberWords extends Lists {
  numberWords: Omit<NumberLexicon['numberWords'], 'units' | 'tens'> & {
    units: ReadonlyMap<string, number>;
    tens: ReadonlyMap<string, number>;
  };
  scales: ReadonlyMap<string, number>;
  gluedScales: ReadonlyMap<string, number>;
  vague: Omit<NumberLexicon['vague'], 'plurals' | 'units' | 'counts'> & {
    plurals: ReadonlyMap<string, number>;
    units: ReadonlyMap<string, number>;
    counts: readonly VagueCount[];
  };
  /** Qualifiers by their first word, so most tokens cost one lookup. */
  qualifiers: ReadonlyMap<string, readonly Phrase<QualifierKind>[]>;
  orMore: readonly Phrase<QualifierKind>[];
  units: ReadonlyMap<string, NumberCategory>;
  unitPhrases: readonly Phrase<NumberCategory>[];
  /** After a number, a clock time: "pm", "a.m", "local time" as folded tokens. */
  timeAfter: readonly (readonly string[])[];
  /** Month names and their abbreviations ("Sept."), from the text lexicon. */
  months: ReadonlySet<string>;
  /** Words that can begin a quantity phrase; a token that is none of them is skipped unparsed. */
  startWords: ReadonlySet<string>;
  /** Casualty words after the counted noun, and all casualty words (before it, or either side). */
  afterKeywords: ReadonlyMap<string, NumberCategory>;
  anyKeywords: ReadonlyMap<string, NumberCategory>;
  nounCategories: ReadonlyMap<string, NumberCategory>;
  needsNext: ReadonlyMap<string, ReadonlySet<string>>;
  sets: WordSets;
}

/** The plain word lists of the lexicon as Sets, under the same names. */
export type WordSets = ReturnType<typeof setsOf>;

/** Minimum length of a text abbreviation read as a month ("Sept."), so "no" is never November. */
const MONTH_ABBREVIATION_LENGTH = 3;

export const numberWordsOf = indexedBy(({ numbers, text }: Lexicon): NumberWords => {
  const months = new Set(text.months);
  for (const abbreviation of text.abbreviations) {
    const isMonth = text.months.some((month) => month.startsWith(abbreviation));
    if (isMonth && abbreviation.length >= MONTH_ABBREVIATION_LENGTH) months.add(abbreviation);
  }
  const afterKeywords = categoryMap(numbers.casualties.after);
  const qualifiers = new Map<string, Phrase<QualifierKind>[]>();
  for (const phrase of phrasesOf(numbers.qualifiers)) {
    const first = phrase.words[0] ?? '';
    qualifiers.set(first, [...(qualifiers.get(first) ?? []), phrase]);
  }
  const words: Omit<NumberWords, 'startWords'> = {
    ...numbers,
    numberWords: {
      ...numbers.numberWords,
      units: new Map(Object.entries(numbers.numberWords.units)),
      tens: new Map(Object.entries(numbers.numberWords.tens)),
    },
    scales: new Map(Object.entries(numbers.scales)),
    gluedScales: new Map(Object.entries(numbers.gluedScales)),
    vague: {
      ...numbers.vague,
      plurals: new Map(Object.entries(numbers.vague.plurals)),
      units: new Map(Object.entries(numbers.vague.units)),
      counts: numbers.vague.counts.map(({ phrase, low, notAfter }) => ({
        words: foldedTokens(phrase),
        low,
        notAfter: new Set(notAfter),
      })),
    },
    qualifiers,
    orMore: phrasesOf(numbers.orMore),
    units: categoryMap(numbers.units),
    unitPhrases: Object.entries(numbers.unitPhrases).map(([phrase, meaning]) => ({
      words: foldedTokens(phrase),
      meaning,
    })),
    timeAfter: numbers.notQuantities.timeAfter.map(foldedTokens),
    months,
    afterKeywords,
    anyKeywords: new Map([...afterKeywords, ...categoryMap(numbers.casualties.before)]),
    nounCategories: categoryMap(numbers.casualties.nouns),
    needsNext: new Map(Object.entries(numbers.casualties.needsNext).map(([w, next]) => [w, new Set(next)])),
    sets: setsOf(numbers),
  };
  return { ...words, startWords: startWordsOf(words) };
});

function setsOf(numbers: NumberLexicon) {
  const { one, vague, currency, square, notQuantities: not, casualties, clauses, heads } = numbers;
  return {
    one: sets({ notAfter: one.notAfter, notBefore: one.notBefore }),
    vague: sets({
      nounPlurals: vague.nounPlurals,
      nounPluralsCountBefore: vague.nounPluralsCountBefore,
      pluralsNotAfterCounts: vague.pluralsNotAfterCounts,
    }),
    overAsPreposition: sets({ after: numbers.overAsPreposition.after }),
    currency: sets({ symbols: currency.symbols, codes: currency.codes }),
    square: sets({ words: square.words, bases: square.bases }),
    notQuantities: sets({
      labels: not.labels,
      lowercaseLabels: not.lowercaseLabels,
      suffixes: not.suffixes,
      yearLeads: not.yearLeads,
      dayRangeJoiners: not.dayRangeJoiners,
    }),
    casualties: sets({
      transitive: casualties.transitive,
      notRightBeforeCount: casualties.notRightBeforeCount,
      rightBeforeCount: casualties.rightBeforeCount,
    }),
    clauses: sets(clauses),
    heads: sets({
      ofDeterminers: heads.ofDeterminers,
      ofPronouns: heads.ofPronouns,
      modifiers: heads.modifiers,
      others: heads.others,
      stops: heads.stops,
      things: heads.things,
      persons: heads.persons,
      irregularPlurals: heads.irregularPlurals,
      ingNouns: heads.ingNouns,
    }),
    misc: sets({
      ageSuffixes: numbers.ageSuffixes,
      ageLeads: numbers.ageLeads,
      rangeJoiners: numbers.rangeJoiners,
      articles: numbers.numberWords.articles,
    }),
  };
}

/** A quantity may start at a number word, a qualifier, a currency, a vague word or an article. */
function startWordsOf(words: Omit<NumberWords, 'startWords'>): ReadonlySet<string> {
  const { numberWords, vague } = words;
  return new Set([
    ...words.qualifiers.keys(),
    ...numberWords.units.keys(),
    ...numberWords.tens.keys(),
    ...words.scales.keys(),
    ...vague.plurals.keys(),
    ...vague.counts.map((count) => count.words[0] ?? ''),
    ...words.currency.codes,
    ...numberWords.articles,
    numberWords.half,
    numberWords.dozen,
    words.currency.dollarCountry,
  ]);
}

function categoryMap(lists: Partial<Record<NumberCategory, readonly string[]>>): Map<string, NumberCategory> {
  const map = new Map<string, NumberCategory>();
  for (const [category, list] of Object.entries(lists) as [NumberCategory, readonly string[]][]) {
    for (const word of list) map.set(word, category);
  }
  return map;
}

function phrasesOf<Meaning extends string>(lists: Record<Meaning, readonly string[]>): Phrase<Meaning>[] {
  return (Object.entries(lists) as [Meaning, readonly string[]][]).flatMap(([meaning, list]) =>
    list.map((phrase) => ({ words: foldedTokens(phrase), meaning })),
  );
}

/** A phrase's tokens as the one tokenizer reads them, folded. */
function foldedTokens(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}

function sets<List extends string>(
  lists: Record<List, readonly string[]>,
): Record<List, ReadonlySet<string>> {
  const built = {} as Record<List, ReadonlySet<string>>;
  for (const name of Object.keys(lists) as List[]) built[name] = new Set(lists[name]);
  return built;
}
