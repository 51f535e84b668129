import type { NumberCategory } from '../../schema/mention';
import { parseCore, scaled, type Core } from './core';
import { isNonQuantityDigits } from './exclusions';
import {
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  OVER_AS_PREPOSITION,
  QUALIFIERS,
  type QualifierKind,
} from './lexicon';
import type { Token } from './tokens';
import { leftoverUnit, readUnit } from './units';

/** A quantity found in a sentence, before its category and counted noun are worked out. */
export interface Phrase {
  /** Token indices of the surface: [first, end). */
  first: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** Set when a unit or currency fixes the category ("12 sq km", "$5 million", "24-hour"). */
  unitCategory: NumberCategory | null;
}

interface Qualifier {
  kind: QualifierKind;
  length: number;
}

/**
 * Reads a quantity phrase starting at token `index`: [qualifier] [currency] number [range end]
 * ["or more"] [unit]. Returns null when no quantity starts there.
 */
export function parsePhrase(
  tokens: readonly Token[],
  index: number,
  text: string,
  phoneRun: ReadonlySet<number>,
): Phrase | null {
  const qualifier = matchQualifier(tokens, index);
  let k = index + (qualifier?.length ?? 0);
  let currency = false;
  if (tokens[k]?.lower === 'us' && tokens[k + 1]?.text === '$' && tokens[k + 1]?.start === tokens[k]?.end)
    k += 1;
  if (
    tokens[k] &&
    (CURRENCY_SYMBOLS.has(tokens[k]?.text ?? '') || CURRENCY_PREFIX_WORDS.has(tokens[k]?.lower ?? ''))
  ) {
    currency = true;
    k += 1;
  }
  const core = acceptedCore(tokens, k, text, qualifier !== null || currency, phoneRun);
  if (!core) return null;

  if (qualifier?.kind === 'between') return betweenRange(tokens, index, core, text, phoneRun);

  let end = core.end;
  let value: number | null = core.value;
  let low: number | null = core.value ?? core.low;
  let high: number | null = core.value;
  const vague = core.value === null;

  // "20 to 30", "some 20 to 30"; a bound ("at least 20") does not start a range.
  const rangeable = (!qualifier || qualifier.kind === 'approx') && !vague && !core.leftover;
  const range = rangeable ? rangeEnd(tokens, core, text, phoneRun) : null;
  if (range) {
    end = range.end;
    low = core.value;
    high = range.value;
    value = null;
  } else if (core.digits && isDashToDigits(tokens, core.end, text)) {
    return null; // "3-1", "555-0123": scores and codes, not quantities
  }

  let kind = range ? null : (qualifier?.kind ?? null);
  if (
    !range &&
    tokens[end]?.lower === 'or' &&
    (tokens[end + 1]?.lower === 'more' || tokens[end + 1]?.lower === 'so')
  ) {
    kind = tokens[end + 1]?.lower === 'more' ? 'low' : 'approx';
    end += 2;
  }
  if (value !== null && kind === 'low') high = null;
  if (value !== null && kind === 'high') low = null;
  if (value !== null && kind === 'approx') {
    low = null;
    high = null;
  }
  if (vague) high = null;

  let unitCategory: NumberCategory | null = currency ? 'money' : null;
  if (core.leftover) {
    const glued = leftoverUnit(core.leftover);
    if (!glued) return null; // "one-sided", "two-state": a compound adjective, not a quantity
    unitCategory = glued;
  } else {
    const unit = readUnit(tokens, end, currency, core);
    if (unit) {
      end = unit.end;
      if (unit.scale !== 1) {
        value = value === null ? null : scaled(value, unit.scale);
        low = low === null ? null : scaled(low, unit.scale);
        high = high === null ? null : scaled(high, unit.scale);
      }
      unitCategory = unit.category ?? unitCategory;
    }
  }
  return { first: index, end, value, low, high, vague, unitCategory };
}

function acceptedCore(
  tokens: readonly Token[],
  index: number,
  text: string,
  qualified: boolean,
  phoneRun: ReadonlySet<number>,
): Core | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'num' && isNonQuantityDigits(tokens, index, text, qualified, phoneRun)) return null;
  return parseCore(tokens, index);
}

/** Qualifiers indexed by their first word, so most tokens cost one map lookup. */
const QUALIFIERS_BY_FIRST = new Map<string, (typeof QUALIFIERS)[number][]>();
for (const entry of QUALIFIERS) {
  const first = entry[0][0] ?? '';
  QUALIFIERS_BY_FIRST.set(first, [...(QUALIFIERS_BY_FIRST.get(first) ?? []), entry]);
}

function matchQualifier(tokens: readonly Token[], index: number): Qualifier | null {
  let best: Qualifier | null = null;
  for (const [words, kind] of QUALIFIERS_BY_FIRST.get(tokens[index]?.lower ?? '') ?? []) {
    if (best && words.length <= best.length) continue;
    if (words.every((word, i) => tokens[index + i]?.lower === word)) best = { kind, length: words.length };
  }
  if (best && tokens[index]?.lower === 'over' && OVER_AS_PREPOSITION.has(tokens[index - 1]?.lower ?? ''))
    return null;
  return best;
}

/** "between 10 and 15": a range with both ends. */
function betweenRange(
  tokens: readonly Token[],
  index: number,
  core: Core,
  text: string,
  phoneRun: ReadonlySet<number>,
): Phrase | null {
  if (core.value === null || tokens[core.end]?.lower !== 'and') return null;
  const second = acceptedCore(tokens, core.end + 1, text, true, phoneRun);
  if (!second || second.value === null || second.value <= core.value) return null;
  let end = second.end;
  let unitCategory: NumberCategory | null = null;
  const unit = readUnit(tokens, end, false, second);
  if (unit) {
    end = unit.end;
    unitCategory = unit.category;
  }
  return { first: index, end, value: null, low: core.value, high: second.value, vague: false, unitCategory };
}

/** "10-15", "two or three", "20 to 30": the upper end of a range, if one follows. */
function rangeEnd(
  tokens: readonly Token[],
  core: Core,
  text: string,
  phoneRun: ReadonlySet<number>,
): { end: number; value: number } | null {
  const joiner = tokens[core.end];
  const previous = tokens[core.end - 1];
  if (!joiner || !previous || core.value === null) return null;
  const dash = (joiner.text === '-' || joiner.text === '–') && joiner.start === previous.end;
  if (!dash && joiner.lower !== 'to' && joiner.lower !== 'or') return null;
  const next = tokens[core.end + 1];
  if (!next || (dash && next.start !== joiner.end)) return null;
  // Check the second digit group as if it stood alone, ignoring its glue to the dash.
  const second =
    next.kind === 'num'
      ? isNonQuantityAfterDash(tokens, core.end + 1, text, phoneRun, dash)
        ? null
        : parseCore(tokens, core.end + 1)
      : parseCore(tokens, core.end + 1);
  if (!second || second.value === null || second.value <= core.value || second.digits !== core.digits)
    return null;
  return { end: second.end, value: second.value };
}

function isNonQuantityAfterDash(
  tokens: readonly Token[],
  index: number,
  text: string,
  phoneRun: ReadonlySet<number>,
  dash: boolean,
): boolean {
  if (!dash) return isNonQuantityDigits(tokens, index, text, false, phoneRun);
  const token = tokens[index];
  if (!token || /^0\d/.test(token.text)) return true;
  const after = text.charAt(token.end);
  return after === '-' || after === '/' || after === ':';
}

function isDashToDigits(tokens: readonly Token[], index: number, text: string): boolean {
  const dash = tokens[index];
  const previous = tokens[index - 1];
  if (!dash || !previous || (dash.text !== '-' && dash.text !== '–') || dash.start !== previous.end)
    return false;
  return /\d/.test(text.charAt(dash.end));
}
