import type { NumberWords } from './number-lexicon';
import {
  endOfWord,
  hyphenJoined,
  isCapitalised,
  isLetterWord,
  keyAt,
  startsWithDigit,
  tokenAt,
  wordAt,
  type Scope,
  type Word,
} from './reading';

export type HeadKind = 'person' | 'thing' | 'unknown' | 'pronoun' | 'none';

/** What a number counts: the noun phrase right after it ("20 insurgents", "dozens of the attackers"). */
export interface Head {
  /** The phrase as written, or null when the count refers back ("11 of whom") or names nothing. */
  text: string | null;
  /** Folded last word of the phrase, which decides its kind. */
  last: string | null;
  kind: HeadKind;
  /** Token index after the phrase (or after the number when there is none). */
  end: number;
  /** The count points back to an earlier group: "24 more", "11 of whom", "170 others". */
  anaphoric: boolean;
}

const MAX_HEAD_WORDS = 4;
/** At most this many modifiers between the number and its noun: "24 more", "dozens more other". */
const MAX_MODIFIERS = 2;

/** The head after token `index`, read once: a count's head is read again from the counts before it. */
export function headAt(s: Scope, index: number): Head {
  const heads = (s.heads ??= new Map());
  let head = heads.get(index);
  if (!head) heads.set(index, (head = findHead(s, index)));
  return head;
}

function findHead(s: Scope, index: number): Head {
  const { heads } = s.words.sets;
  let k = skipModifiers(s, index);
  let anaphoric = k > index;
  const next = wordAt(s, k);
  if (heads.others.has(next.key)) return pronoun(next.end);
  if (next.key === s.words.of) {
    k = next.end;
    const after = wordAt(s, k);
    if (heads.ofPronouns.has(after.key)) return pronoun(after.end);
    while (heads.ofDeterminers.has(keyAt(s, k))) k = endOfWord(s, k);
    const modified = skipModifiers(s, k);
    anaphoric ||= modified > k;
    k = modified;
  }
  const none: Head = { text: null, last: null, kind: 'none', end: index, anaphoric };
  // "a 4-storey house", "the 10-point plan": a word hyphened to the number is no counted noun.
  if (hyphenJoined(s, k - 1)) return none;
  const first = tokenAt(s, k);
  let last: Word | null = null;
  for (let count = 0; count < MAX_HEAD_WORDS && isLetterWord(s, k); count++) {
    const word = wordAt(s, k);
    if (endsHead(s, word) || isCodePrefix(s, word)) break;
    // "1.9 million of the enclave's 2.3 million": a possessor, not what is counted.
    if (isPossessive(s, word)) return none;
    last = word;
    k = word.end;
    if (isPlural(s.words, word.key)) break;
  }
  const lastToken = last && tokenAt(s, last.end - 1);
  if (!last || !first || !lastToken) return none;
  return {
    text: s.doc.text.slice(first.start, lastToken.end),
    last: last.key,
    kind: kindOf(s, last),
    end: last.end,
    anaphoric,
  };
}

function pronoun(end: number): Head {
  return { text: null, last: null, kind: 'pronoun', end, anaphoric: true };
}

/** "the enclave's", "Assad’s": the word ends in an apostrophe and an s. */
export function isPossessive(s: Scope, word: Word): boolean {
  const end = tokenAt(s, word.end - 1)?.end ?? 0;
  const text = s.doc.text;
  const ending = s.words.heads.possessiveEnding;
  const before = end - ending.length;
  return text.slice(before, end).toLowerCase() === ending && APOSTROPHES.has(text.charAt(before - 1));
}

const APOSTROPHES = new Set(["'", '’']);

/** "Su" in "Su-25": the start of a code, not a noun. ("MH17" is one token, no letter word.) */
function isCodePrefix(s: Scope, word: Word): boolean {
  return hyphenJoined(s, word.end - 1) && startsWithDigit(s, word.end);
}

function skipModifiers(s: Scope, index: number): number {
  let k = index;
  for (let n = 0; n < MAX_MODIFIERS && s.words.sets.heads.modifiers.has(keyAt(s, k)); n++) {
    k = endOfWord(s, k);
  }
  return k;
}

function endsHead(s: Scope, word: Word): boolean {
  const { sets, nounCategories, anyKeywords, months, heads } = s.words;
  const key = word.key;
  if (nounCategories.has(key) || sets.heads.persons.has(key) || sets.heads.things.has(key)) return false;
  if (sets.heads.stops.has(key) || anyKeywords.has(key)) return true;
  if (key.endsWith(heads.verbEnding) && !sets.heads.ingNouns.has(key)) return true;
  if (key.endsWith(heads.adverbEnding) && key.length > MIN_ADVERB_LENGTH) return true; // "reportedly"
  return isCapitalised(s, word.start) && months.has(key);
}

/** "only" and "fly" are no adverbs in "-ly"; "mostly" is. */
const MIN_ADVERB_LENGTH = 4;
/** "bus", "gas": a word this short or shorter ending in the plural suffix is no plural. */
const MAX_SHORT_WORD = 3;

export function isPlural(words: NumberWords, key: string): boolean {
  const { plural } = words.heads;
  if (words.sets.heads.irregularPlurals.has(key) || endsWithAny(key, plural.endings)) return true;
  return key.length > MAX_SHORT_WORD && key.endsWith(plural.suffix) && !endsWithAny(key, plural.notSuffixes);
}

function kindOf(s: Scope, word: Word): HeadKind {
  const { sets, nounCategories, heads } = s.words;
  const key = word.key;
  if (sets.heads.things.has(key)) return 'thing';
  if (sets.heads.persons.has(key) || nounCategories.has(key)) return 'person';
  // Demonyms and group names after a number are people: "20 Palestinians", "five Rohingya".
  if (isCapitalised(s, word.start)) return 'person';
  if (endsWithAny(key, heads.personSuffixes)) return 'person';
  return 'unknown';
}

export function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}
