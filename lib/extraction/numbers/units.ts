import type { NumberCategory } from '../../schema/mention';
import type { Core } from './core';
import { afterDash, isLetterWord, normAt, tokenAt, wordAt, wordsEnd, type Scope } from './reading';

/** "two-day" → duration, "three-year-old" → an age (other); anything else is not a quantity. */
export function leftoverUnit(s: Scope, leftover: readonly string[]): NumberCategory | null {
  const joined = leftover.join('-');
  if (s.words.sets.misc.ageSuffixes.has(joined)) return 'other';
  if (leftover.length === 1) return s.words.units.get(joined) ?? null;
  return null;
}

export interface Unit {
  end: number;
  category: NumberCategory | null;
  scale: number;
  rule: string;
}

/**
 * The measure unit after a number, which joins the surface: "%", "sq km", "kilometres", "-hour".
 * It starts at token `index`, or in the letters `suffix` glued to the digits before it ("5km").
 */
export function readUnit(
  s: Scope,
  index: number,
  suffix: string | null,
  currency: boolean,
  core: Core,
): Unit | null {
  const token = tokenAt(s, index);
  if (suffix === null && (!token || !tokenAt(s, index - 1))) return null;
  const glued = suffix !== null || token?.start === tokenAt(s, index - 1)?.end;
  const word = suffix === null ? wordAt(s, index) : { end: index, key: suffix };
  const { words } = s;

  if (word.key === words.metresOrMillions && glued && core.digits) {
    // "$5m", "1.5m people" are millions; "200m" alone is metres.
    if (currency || core.decimal) {
      const after = readUnit(s, word.end, null, currency, core);
      const rule = after ? after.rule : 'millions glued to money or a decimal';
      return { end: after?.end ?? word.end, category: after?.category ?? null, scale: 1_000_000, rule };
    }
    return { end: word.end, category: 'distance', scale: 1, rule: 'metres glued to the number' };
  }
  if (suffix === null) {
    const dashed = afterDash(s, index - 1);
    if (dashed >= 0) return hyphenUnit(s, dashed);
    const phrase = unitPhraseAt(s, index);
    if (phrase) return phrase;
    if (word.key === words.of && core.value === null) {
      // "hundreds of kilometres", "millions of dollars": a vague amount of a unit.
      const unit = wordAt(s, word.end);
      const category = words.units.get(unit.key);
      return category ? { end: unit.end, category, scale: 1, rule: 'vague amount of a unit' } : null;
    }
  }
  if (words.sets.square.words.has(word.key)) return squareUnit(s, word.end);
  const category = words.units.get(word.key);
  // "the past 24 Hours": a unit written with a capital is still a unit.
  return category ? { end: word.end, category, scale: 1, rule: 'unit after the number' } : null;
}

/** "per cent", "US dollars", "nautical miles". */
function unitPhraseAt(s: Scope, index: number): Unit | null {
  for (const { words, meaning } of s.words.unitPhrases) {
    const end = wordsEnd(s, index, words);
    if (end >= 0) return { end, category: meaning, scale: 1, rule: 'unit after the number' };
  }
  return null;
}

/** "24-hour", "12-year-old": a unit or an age joined to the number by a hyphen. */
function hyphenUnit(s: Scope, index: number): Unit | null {
  if (!isLetterWord(s, index)) return null;
  const word = wordAt(s, index);
  if (s.words.sets.misc.ageSuffixes.has(word.key))
    return { end: word.end, category: 'other', scale: 1, rule: 'age' };
  const category = s.words.units.get(word.key);
  return category ? { end: word.end, category, scale: 1, rule: 'unit joined by a hyphen' } : null;
}

/** "sq km", "sq. km", "sq/km", "square kilometres", "sq mi". */
function squareUnit(s: Scope, index: number): Unit | null {
  let k = index;
  if (normAt(s, k) === '.') k += 1;
  if (normAt(s, k) === '/') k += 1;
  const base = wordAt(s, k);
  if (k >= s.end || !s.words.sets.square.bases.has(base.key)) return null;
  return { end: base.end, category: 'area', scale: 1, rule: 'square unit' };
}
