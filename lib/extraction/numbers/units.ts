import type { NumberCategory } from '../../schema/mention';
import type { Core } from './core';
import { AGE_SUFFIXES, SQUARE_BASES, UNIT_CATEGORY } from './lexicon';
import type { Token } from './tokens';

/** "two-day" → duration, "three-year-old" → an age (other); anything else is not a quantity. */
export function leftoverUnit(leftover: readonly string[]): NumberCategory | null {
  const joined = leftover.join('-');
  if (AGE_SUFFIXES.has(joined)) return 'other';
  if (leftover.length === 1) return UNIT_CATEGORY.get(joined) ?? null;
  return null;
}

export interface Unit {
  end: number;
  category: NumberCategory | null;
  scale: number;
}

/** The measure unit after a number, which joins the surface: "%", "sq km", "kilometres", "-hour". */
export function readUnit(
  tokens: readonly Token[],
  index: number,
  currency: boolean,
  core: Core,
): Unit | null {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous) return null;
  const glued = token.start === previous.end;
  const lower = token.lower;

  if (lower === 'm' && glued && core.digits) {
    // "$5m", "1.5m people" are millions; "200m" alone is metres.
    if (currency || core.decimal) {
      const after = readUnit(tokens, index + 1, currency, core);
      return { end: after?.end ?? index + 1, category: after?.category ?? null, scale: 1_000_000 };
    }
    return { end: index + 1, category: 'distance', scale: 1 };
  }
  if (lower === 'per' && tokens[index + 1]?.lower === 'cent')
    return { end: index + 2, category: 'percent', scale: 1 };
  if (lower === 'us' && tokens[index + 1]?.lower === 'dollars')
    return { end: index + 2, category: 'money', scale: 1 };
  if (lower === 'of' && core.value === null) {
    // "hundreds of kilometres", "millions of dollars": a vague amount of a unit.
    const unit = UNIT_CATEGORY.get(tokens[index + 1]?.lower ?? '');
    return unit ? { end: index + 2, category: unit, scale: 1 } : null;
  }
  if (lower === 'square' || lower === 'sq') return squareUnit(tokens, index);
  if (lower === 'nautical' && tokens[index + 1]?.lower === 'miles')
    return { end: index + 2, category: 'distance', scale: 1 };
  if ((token.text === '-' || token.text === '–') && glued) {
    const word = tokens[index + 1];
    if (!word || word.kind !== 'word' || word.start !== token.end) return null;
    if (AGE_SUFFIXES.has(word.lower)) return { end: index + 2, category: 'other', scale: 1 };
    const category = UNIT_CATEGORY.get(word.lower);
    return category ? { end: index + 2, category, scale: 1 } : null;
  }
  if (lower === 'km') {
    const next = tokens[index + 1];
    if (next && next.start === token.end && (next.text === '²' || next.text === '2'))
      return { end: index + 2, category: 'area', scale: 1 };
  }
  const category = UNIT_CATEGORY.get(lower);
  if (!category) return null;
  // "the past 24 Hours": a unit written with a capital is still a unit.
  return { end: index + 1, category, scale: 1 };
}

/** "sq km", "sq. km", "sq/km", "square kilometres", "sq mi". */
function squareUnit(tokens: readonly Token[], index: number): Unit | null {
  let k = index + 1;
  if (tokens[k]?.text === '.') k += 1;
  if (tokens[k]?.text === '/') k += 1;
  const base = tokens[k];
  if (!base || !SQUARE_BASES.has(base.lower)) return null;
  return { end: k + 1, category: 'area', scale: 1 };
}
