/**
 * How the number grammar reads the Doc's tokens, a stretch of a sentence at a time. The
 * tokenizer splits "twenty-five" into two words with a hyphen between them (no token), "75,259"
 * into "75" "," "259", and keeps digits and the letters glued to them in one token ("19th",
 * "5km"); these small functions read those tokens back as the grammar's words: a hyphen compound,
 * a digit group and the letters glued after it.
 */
import type { Doc } from '../doc/doc';
import { foldWord } from '../text/fold';
import { HYPHENS, hyphenJoins, type Token } from '../text/tokenize';
import type { Head } from './head-noun';
import type { NumberWords } from './number-lexicon';

/** A stretch of the Doc the grammar reads at once (a sentence): it never looks past its tokens [first, end). */
export interface Scope {
  readonly doc: Doc;
  readonly words: NumberWords;
  readonly first: number;
  readonly end: number;
  /** The counted nouns read so far, by the token they are read from (filled by `headAt`). */
  heads?: Map<number, Head>;
}

/** A word of the grammar: one token, or a hyphen compound of words ("al-Qaeda", "year-old"). */
export interface Word {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The folded parts joined by hyphens: "twenty-five". */
  key: string;
}

/** Dashes between the two ends of a range: "10-15", "10–15". */
const DASHES = new Set([...HYPHENS, '–']);
/** A compound of more parts than this is read in pieces, so reading a word costs bounded work. */
const MAX_COMPOUND_PARTS = 8;
const DIGIT = /\p{N}/u;
const LETTER_FIRST = /^\p{L}/u;

export function tokenAt(s: Scope, k: number): Token | undefined {
  return k >= s.first && k < s.end ? s.doc.tokens[k] : undefined;
}

/** The folded token, or '' outside the scope. */
export function normAt(s: Scope, k: number): string {
  return tokenAt(s, k)?.norm ?? '';
}

/** The token starts with an ASCII digit: "12", "19th", "5km". */
export function startsWithDigit(s: Scope, k: number): boolean {
  const code = tokenAt(s, k)?.norm.charCodeAt(0) ?? 0;
  return code >= 48 && code <= 57;
}

/** A word that starts with a letter: "one", "km2", "MH17". */
export function startsWithLetter(s: Scope, k: number): boolean {
  const token = tokenAt(s, k);
  return token !== undefined && LETTER_FIRST.test(token.norm);
}

/** A word of letters only (not "MH17" or "5km"). */
export function isLetterWord(s: Scope, k: number): boolean {
  const token = tokenAt(s, k);
  return token !== undefined && token.isWord && !hasDigit(token.norm);
}

/** One pass over the characters: this runs for most words of the text. */
function hasDigit(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code > 127) return DIGIT.test(norm);
  }
  return false;
}

/** Tokens k and k + 1 are one hyphen apart: "twenty-five", "24-hour", "10-15". */
export function hyphenJoined(s: Scope, k: number): boolean {
  return hyphenJoins(s.doc.text, tokenAt(s, k), tokenAt(s, k + 1));
}

/** The character right after token k is a dash and the one after it a digit: "3-1", "555-0123". */
export function dashToDigitAfter(s: Scope, k: number): boolean {
  const token = tokenAt(s, k);
  if (!token) return false;
  const text = s.doc.text;
  return DASHES.has(text.charAt(token.end)) && /\d/.test(text.charAt(token.end + 1));
}

/**
 * The token after a dash glued to token k on both sides ("10-15", "10–15", "24-hour"), or -1:
 * the dash is either the tokenizer's gap between two words or a token of its own.
 */
export function afterDash(s: Scope, k: number): number {
  if (hyphenJoined(s, k)) return k + 1;
  const token = tokenAt(s, k);
  const dash = tokenAt(s, k + 1);
  const next = tokenAt(s, k + 2);
  if (!token || !dash || !next || !DASHES.has(dash.norm)) return -1;
  return dash.start === token.end && next.start === dash.end ? k + 2 : -1;
}

/** The token after the words of a phrase read from token k, or -1 when they are not there. */
export function wordsEnd(s: Scope, k: number, words: readonly string[]): number {
  let end = k;
  for (const expected of words) {
    if (end >= s.end || keyAt(s, end) !== expected) return -1;
    end = endOfWord(s, end);
  }
  return end;
}

/**
 * The word starting at token k: a digit group ("75,259"), a hyphen compound of letter words, or
 * the token alone.
 */
export function wordAt(s: Scope, k: number): Word {
  const group = digitGroupAt(s, k);
  if (group) return { start: k, end: group.end, key: group.text };
  let end = k + 1;
  let key = normAt(s, k);
  if (hyphenJoined(s, k) && isLetterWord(s, k)) {
    while (end - k < MAX_COMPOUND_PARTS && hyphenJoined(s, end - 1) && isLetterWord(s, end)) {
      key += '-' + normAt(s, end);
      end += 1;
    }
  }
  return { start: k, end, key };
}

/** The key of the word at token k (what `wordAt` gives, without building the word). */
export function keyAt(s: Scope, k: number): string {
  return startsWithDigit(s, k) || hyphenJoined(s, k) ? wordAt(s, k).key : normAt(s, k);
}

/** The token after the word at token k. */
export function endOfWord(s: Scope, k: number): number {
  return startsWithDigit(s, k) || hyphenJoined(s, k) ? wordAt(s, k).end : k + 1;
}

/** The word that ends right before token k (a compound read backwards), or null at the start of the scope. */
export function wordBefore(s: Scope, k: number): Word | null {
  if (!tokenAt(s, k - 1)) return null;
  let start = k - 1;
  let key = normAt(s, start);
  if (hyphenJoined(s, start - 1) && isLetterWord(s, start)) {
    while (k - start < MAX_COMPOUND_PARTS && hyphenJoined(s, start - 1) && isLetterWord(s, start - 1)) {
      start -= 1;
      key = normAt(s, start) + '-' + key;
    }
  }
  return { start, end: k, key };
}

/** The folded key of the word before token k ('' at the start of the scope). */
export function keyBefore(s: Scope, k: number): string {
  return wordBefore(s, k)?.key ?? '';
}

/** The word starts with a capital letter, as names and months are written. */
export function isCapitalised(s: Scope, k: number): boolean {
  return tokenAt(s, k)?.capitalised ?? false;
}

/** Digits with their separators ("75,259", "1.2"), and the letters glued after them ("bn" in "1.2bn"). */
export interface DigitGroup {
  /** Token range [first, end); the last token may hold the glued letters too. */
  first: number;
  end: number;
  /** The digits and separators as written. */
  text: string;
  /** Character offset after the last digit. */
  digitsEnd: number;
  /** Folded letters glued after the digits, in the same token: "th", "km", "bn"; null when none. */
  suffix: string | null;
}

const SEPARATORS = new Set(['.', ',']);
const LEADING_DIGITS = /^[0-9]+/;

/** The digit group starting at token k: digit tokens joined by a "." or "," with no space. */
export function digitGroupAt(s: Scope, k: number): DigitGroup | null {
  const first = tokenAt(s, k);
  if (!first || !startsWithDigit(s, k)) return null;
  const text = s.doc.text;
  for (let last = k; ; last += 2) {
    const token = tokenAt(s, last) as Token;
    const raw = text.slice(token.start, token.end);
    const digitsEnd = token.start + (LEADING_DIGITS.exec(raw)?.[0].length ?? 0);
    const suffix = digitsEnd < token.end ? foldWord(raw.slice(digitsEnd - token.start)) : null;
    const separator = tokenAt(s, last + 1);
    const next = tokenAt(s, last + 2);
    const continues =
      suffix === null &&
      separator !== undefined &&
      next !== undefined &&
      SEPARATORS.has(separator.norm) &&
      separator.start === token.end &&
      next.start === separator.end &&
      startsWithDigit(s, last + 2);
    if (!continues) {
      return { first: k, end: last + 1, text: text.slice(first.start, digitsEnd), digitsEnd, suffix };
    }
  }
}
