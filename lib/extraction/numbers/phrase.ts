import type { NumberCategory } from '../../schema/mention';
import { scaled } from './core';
import { acceptedCore } from './number-core';
import type { QualifierKind } from './number-lexicon';
import { betweenRange, rangeEnd } from './ranges';
import {
  dashToDigitAfter,
  endOfWord,
  keyAt,
  keyBefore,
  normAt,
  tokenAt,
  wordsEnd,
  type Scope,
} from './reading';
import { leftoverUnit, readUnit } from './units';
import type { QuantityPhrase } from './work';

/** A quantity phrase as parsed, before the work records which scope it is in. */
export type ParsedPhrase = Omit<QuantityPhrase, 'scope'>;

interface Qualifier {
  kind: QualifierKind;
  /** Token after it. */
  end: number;
  /** How many words it has: the longest qualifier wins. */
  length: number;
}

/**
 * Reads a quantity phrase starting at token `index`: [qualifier] [currency] number [range end]
 * ["or more"] [unit]. Returns null when no quantity starts there.
 */
export function parsePhrase(s: Scope, index: number, phoneDigits: ReadonlySet<number>): ParsedPhrase | null {
  const qualifier = matchQualifier(s, index);
  let k = qualifier?.end ?? index;
  const currency = currencyEnd(s, k);
  k = currency ?? k;
  const core = acceptedCore(s, k, qualifier !== null || currency !== null, phoneDigits);
  if (!core) return null;

  if (qualifier?.kind === 'between') return betweenRange(s, index, core, phoneDigits);

  let last = core;
  let value: number | null = core.value;
  let low: number | null = core.value ?? core.low;
  let high: number | null = core.value;
  const vague = core.value === null;

  // "20 to 30", "some 20 to 30"; a bound ("at least 20") does not start a range.
  const rangeable = (!qualifier || qualifier.kind === 'approx') && !vague && !core.leftover;
  const range = rangeable ? rangeEnd(s, core, phoneDigits) : null;
  if (range) {
    last = range;
    low = core.value;
    high = range.value;
    value = null;
  } else if (core.digits && core.suffix === null && dashToDigitAfter(s, core.end - 1)) {
    return null; // "3-1", "555-0123": scores and codes, not quantities
  }

  let end = last.end;
  let kind: QualifierKind | null = range ? null : (qualifier?.kind ?? null);
  const orMore = range || last.suffix !== null ? null : orMoreAt(s, end);
  if (orMore) {
    kind = orMore.kind;
    end = orMore.end;
  }
  if (value !== null && kind === 'low') high = null;
  if (value !== null && kind === 'high') low = null;
  if (value !== null && kind === 'approx') {
    low = null;
    high = null;
  }
  if (vague) high = null;

  let unitCategory: NumberCategory | null = currency !== null ? 'money' : null;
  let unitRule: string | null = currency !== null ? 'currency before the number' : null;
  let endOffset = orMore ? (tokenAt(s, end - 1)?.end ?? 0) : last.surfaceEnd;
  if (core.leftover) {
    unitCategory = leftoverUnit(s, core.leftover);
    if (!unitCategory) return null; // "one-sided", "two-state": a compound adjective, not a quantity
    unitRule = unitCategory === 'other' ? 'age' : 'unit joined by a hyphen';
  } else {
    const unit = readUnit(s, end, orMore ? null : last.suffix, currency !== null, core);
    if (unit) {
      end = unit.end;
      endOffset = tokenAt(s, end - 1)?.end ?? endOffset;
      if (unit.scale !== 1) {
        value = value === null ? null : scaled(value, unit.scale);
        low = low === null ? null : scaled(low, unit.scale);
        high = high === null ? null : scaled(high, unit.scale);
      }
      unitCategory = unit.category ?? unitCategory;
      if (unit.category) unitRule = unit.rule;
    }
  }
  return { first: index, end, endOffset, value, low, high, vague, unitCategory, unitRule };
}

/** The token after a currency before the amount ("$", "USD", "US$"), or null when there is none. */
function currencyEnd(s: Scope, index: number): number | null {
  const { currency, sets } = s.words;
  let k = index;
  const glued = tokenAt(s, k + 1)?.start === tokenAt(s, k)?.end;
  // "US$5"
  if (keyAt(s, k) === currency.dollarCountry && glued && sets.currency.symbols.has(normAt(s, k + 1))) k += 1;
  if (tokenAt(s, k) && (sets.currency.symbols.has(normAt(s, k)) || sets.currency.codes.has(keyAt(s, k)))) {
    return endOfWord(s, k);
  }
  return null;
}

/** The longest qualifier at token `index`: "at least", "some", "between". */
function matchQualifier(s: Scope, index: number): Qualifier | null {
  let best: Qualifier | null = null;
  for (const { words, meaning } of s.words.qualifiers.get(keyAt(s, index)) ?? []) {
    if (best && words.length <= best.length) continue;
    const end = wordsEnd(s, index, words);
    if (end >= 0) best = { kind: meaning, end, length: words.length };
  }
  const { overAsPreposition, sets } = s.words;
  // "control over 56 districts": a preposition, not "more than".
  const over = keyAt(s, index) === overAsPreposition.word;
  if (best && over && sets.overAsPreposition.after.has(keyBefore(s, index))) return null;
  return best;
}

/** "20 or more", "20 or so". */
function orMoreAt(s: Scope, index: number): Qualifier | null {
  for (const { words, meaning } of s.words.orMore) {
    const end = wordsEnd(s, index, words);
    if (end >= 0) return { kind: meaning, end, length: words.length };
  }
  return null;
}
