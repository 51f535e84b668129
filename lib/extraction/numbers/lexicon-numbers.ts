import { wordSet } from './words';

/* Words that make up numbers and the phrases around them (lower case, as tokens are compared). */

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Multipliers written after a number: "two hundred", "1.2 million". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
  // South Asian scales (Pakistan, India, Bangladesh, Myanmar reporting).
  ['lakh', 100_000],
  ['lakhs', 100_000],
  ['crore', 10_000_000],
  ['crores', 10_000_000],
]);

/** Abbreviated multipliers glued to digits: "$1.2bn", "5k". ("m" is handled apart: metres or million.) */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['bn', 1_000_000_000],
  ['b', 1_000_000_000],
  ['mn', 1_000_000],
  ['mln', 1_000_000],
  ['k', 1_000],
  ['tn', 1_000_000_000_000],
]);

/**
 * Plural round numbers used as vague amounts ("dozens", "tens of thousands"). The literal low
 * bound is two of the unit (ACLED-style reading of a plural: dozens ≥ 24, hundreds ≥ 200).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1_000],
  ['millions', 1_000_000],
  ['billions', 1_000_000_000],
]);

/** Singular units after "several"/"a few": "several hundred", "a few dozen". */
export const VAGUE_UNITS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['score', 20],
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
]);

/** "tens" and "scores" are also ordinary nouns; they count only before these words. */
export const AMBIGUOUS_PLURAL_NEXT: ReadonlySet<string> = wordSet(`
  of more others were was are have had died killed wounded injured dead fled
`);

export type QualifierKind = 'low' | 'high' | 'approx' | 'between';

/** Phrases before a number that bound or soften it, as token sequences. Longest match wins. */
export const QUALIFIERS: ReadonlyArray<readonly [readonly string[], QualifierKind]> = [
  [['at', 'least'], 'low'],
  [['more', 'than'], 'low'],
  [['over'], 'low'],
  [['well', 'over'], 'low'],
  [['just', 'over'], 'low'],
  [['in', 'excess', 'of'], 'low'],
  [['upwards', 'of'], 'low'],
  [['no', 'fewer', 'than'], 'low'],
  [['no', 'less', 'than'], 'low'],
  [['not', 'less', 'than'], 'low'],
  [['a', 'minimum', 'of'], 'low'],
  [['as', 'many', 'as'], 'high'],
  [['as', 'much', 'as'], 'high'],
  [['up', 'to'], 'high'],
  [['at', 'most'], 'high'],
  [['no', 'more', 'than'], 'high'],
  [['not', 'more', 'than'], 'high'],
  [['fewer', 'than'], 'high'],
  [['less', 'than'], 'high'],
  [['under'], 'high'],
  [['just', 'under'], 'high'],
  [['a', 'maximum', 'of'], 'high'],
  [['some'], 'approx'],
  [['around'], 'approx'],
  [['about'], 'approx'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['approximately'], 'approx'],
  [['approx', '.'], 'approx'],
  [['roughly'], 'approx'],
  [['close', 'to'], 'approx'],
  [['an', 'estimated'], 'approx'],
  [['estimated'], 'approx'],
  [['circa'], 'approx'],
  [['between'], 'between'],
];

/** Nouns after which "over" is a preposition, not "more than": "control over 56 districts". */
export const OVER_AS_PREPOSITION: ReadonlySet<string> = wordSet(`
  control sovereignty authority power influence dispute disputes fight fighting clash clashes battle
  war struggle tension tensions concern concerns jurisdiction hold grip command rule
`);

/** Words that can follow "one" when it is a pronoun or an idiom rather than a count. */
export const ONE_NOT_COUNT_NEXT: ReadonlySet<string> = wordSet(`
  another side hand day time way thing point such reason kind sort type part another’s another's
`);

/** Words before "one" that make it a pronoun ("no one", "the one", "this one"). */
export const ONE_NOT_COUNT_PREV: ReadonlySet<string> = wordSet(`
  no any every each the this that which someone anyone only
`);

/** Words before "few" that make it "not many" or idiomatic rather than a small count. */
export const FEW_NOT_COUNT_PREV: ReadonlySet<string> = wordSet(`
  very too so how as the quite
`);
