import { wordsCore, type Core } from './core';
import type { NumberWords } from './number-lexicon';
import {
  endOfWord,
  isCapitalised,
  isLetterWord,
  keyAt,
  keyBefore,
  normAt,
  startsWithLetter,
  wordAt,
  type Scope,
} from './reading';

export interface WordNumber {
  /** Token index after the last word used. */
  end: number;
  value: number;
  /** Hyphen parts left over in the last word ("two-day" → ["day"]); null when the word was used whole. */
  leftover: string[] | null;
}

type Part = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** Which part may follow which, so "two three" or "twenty thirty" is not read as one number. */
const FOLLOWS: Readonly<Record<Exclude<Part, 'start'>, readonly Part[]>> = {
  unit: ['start', 'tens', 'hundred', 'scale'],
  teen: ['start', 'hundred', 'scale'],
  tens: ['start', 'hundred', 'scale'],
  hundred: ['unit', 'teen', 'tens'],
  scale: ['unit', 'teen', 'tens', 'hundred'],
  dozen: ['unit', 'teen'],
};

/** Unit words up to this value are units ("nine"); the rest are teens ("ten" to "nineteen"). */
const LAST_UNIT = 9;

/**
 * Reads a spelled-out number at token `index`: "four", "twenty-five", "one hundred and twenty",
 * "a hundred", "two dozen", "half a dozen". Returns null when no number word starts there.
 */
export function parseNumberWords(s: Scope, index: number): WordNumber | null {
  const { numberWords, scales } = s.words;
  let k = index;
  let total = 0;
  let current = 0;
  let last: Part = 'start';
  let half = false;

  if (keyAt(s, k) === numberWords.half && startsWithArticleOne(s, endOfWord(s, k))) {
    half = true;
    k = endOfWord(s, k);
  }
  if (startsWithArticleOne(s, k)) {
    // "a hundred", "a dozen": the article stands for one.
    current = 1;
    last = 'unit';
    k = endOfWord(s, k);
  }

  while (k < s.end && isLetterWord(s, k)) {
    const word = wordAt(s, k);
    if (word.key === numberWords.and) {
      // "one hundred and twenty" — only inside a number, before another number word.
      if ((last === 'hundred' || last === 'scale') && partOf(s.words, normAt(s, word.end))) {
        k = word.end;
        continue;
      }
      break;
    }
    const parts = word.key.split('-');
    let used = 0;
    for (const part of parts) {
      const kind = partOf(s.words, part);
      if (!kind || !FOLLOWS[kind].includes(last)) break;
      if (kind === 'unit' || kind === 'teen' || kind === 'tens') current += valueOf(s.words, part);
      else if (kind === 'hundred') current = (current || 1) * 100;
      else if (kind === 'dozen') current = (current || 1) * 12;
      else {
        total += (current || 1) * (scales.get(part) ?? 1);
        current = 0;
      }
      last = kind;
      used += 1;
    }
    if (used === 0) break;
    k = word.end;
    if (used < parts.length) return finish(index, k, total + current, half, parts.slice(used));
  }
  if (last === 'start' || k === index) return null;
  return finish(index, k, total + current, half, null);
}

function finish(
  start: number,
  end: number,
  value: number,
  half: boolean,
  leftover: string[] | null,
): WordNumber | null {
  if (end === start) return null;
  return { end, value: half ? value / 2 : value, leftover };
}

function partOf(words: NumberWords, word: string): Exclude<Part, 'start'> | null {
  const { numberWords, scales } = words;
  const unit = numberWords.units.get(word);
  if (unit !== undefined) return unit <= LAST_UNIT ? 'unit' : 'teen';
  if (numberWords.tens.has(word)) return 'tens';
  if (word === numberWords.hundred) return 'hundred';
  if (word === numberWords.dozen) return 'dozen';
  if (scales.has(word)) return 'scale';
  return null;
}

function valueOf(words: NumberWords, word: string): number {
  return words.numberWords.units.get(word) ?? words.numberWords.tens.get(word) ?? 0;
}

/** "a hundred", "a dozen": an article before a hundred, a dozen or a scale word. */
function startsWithArticleOne(s: Scope, k: number): boolean {
  const article = wordAt(s, k);
  if (!s.words.sets.misc.articles.has(article.key)) return false;
  const multiplier = keyAt(s, article.end);
  return multiplier === s.words.numberWords.dozen || s.words.scales.has(multiplier);
}

/** "four", "twenty-five", "a hundred": a spelled-out number, when it counts. */
export function wordCore(s: Scope, index: number): Core | null {
  const parsed = parseNumberWords(s, index);
  if (!parsed || isInName(s, index)) return null;
  const bareOne =
    parsed.end === index + 1 && parsed.leftover === null && keyAt(s, index) === s.words.one.word;
  if (bareOne && !oneIsCount(s, index)) return null;
  return wordsCore(s, parsed.end, parsed.value, parsed.leftover);
}

/** "the Three Brotherhood Alliance", "the Big Four": a capitalised number word inside a name. */
function isInName(s: Scope, index: number): boolean {
  return (
    isCapitalised(s, index) &&
    keyBefore(s, index) === s.words.nameArticle &&
    isCapitalised(s, endOfWord(s, index))
  );
}

/** "one civilian" counts; "one of the", "no one", "one another", "one day" do not. */
function oneIsCount(s: Scope, index: number): boolean {
  const { notAfter, notBefore } = s.words.sets.one;
  if (notAfter.has(keyBefore(s, index))) return false;
  const next = index + 1;
  return startsWithLetter(s, next) && !notBefore.has(keyAt(s, next));
}
