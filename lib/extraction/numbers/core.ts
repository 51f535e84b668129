import { digitGroupAt, isLetterWord, tokenAt, wordAt, type Scope } from './reading';

/** The number itself, before qualifiers and units are attached. */
export interface Core {
  /** Token index after the core. */
  end: number;
  /** The exact number, or null for a vague amount. */
  value: number | null;
  /** For vague amounts, the literal lower bound ("dozens" → 24). */
  low: number | null;
  digits: boolean;
  decimal: boolean;
  /** Unused hyphen parts of the last word ("two-day" → ["day"]). */
  leftover: string[] | null;
  /** Letters glued after the digits and not read yet ("km" of "5km"); the unit reads them. */
  suffix: string | null;
  /** Character offset where the core's surface ends: before `suffix`, else its last token's end. */
  surfaceEnd: number;
}

const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/**
 * Parses "75,259" or "1.2"; null for other shapes ("10.30.45", "1,2") and for digits beyond exact
 * arithmetic (a run of 400 digits is Infinity, twenty of them no exact integer): no number.
 */
export function parseDigits(text: string): number | null {
  const plain = THOUSANDS_GROUPED.test(text) ? text.replace(/,/g, '') : PLAIN.test(text) ? text : null;
  if (plain === null) return null;
  const value = Number(plain);
  return value <= Number.MAX_SAFE_INTEGER ? value : null;
}

/** value × scale without binary-fraction noise ("8.2 million" is 8200000, not 8199999.999…). */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

/** "75,259", "1.2 million", "$1.2bn": digits, and a scale spaced or glued after them. */
export function digitCore(s: Scope, index: number): Core | null {
  const group = digitGroupAt(s, index);
  const digits = group && parseDigits(group.text);
  if (!group || digits === null) return null;
  let value = digits;
  const { scales, gluedScales } = s.words;
  let { end, suffix } = group;
  if (suffix !== null) {
    const scale = scales.get(suffix) ?? gluedScales.get(suffix);
    if (scale !== undefined) {
      value = scaled(value, scale);
      suffix = null;
    }
  } else if (isLetterWord(s, end)) {
    const next = wordAt(s, end);
    const scale = scales.get(next.key);
    if (scale !== undefined) {
      value = scaled(value, scale);
      end = next.end;
    }
  }
  const surfaceEnd = suffix === null ? (tokenAt(s, end - 1)?.end ?? group.digitsEnd) : group.digitsEnd;
  const decimal = group.text.includes('.');
  return { end, value, low: null, digits: true, decimal, leftover: null, suffix, surfaceEnd };
}

/** A core of words ending at token `end`. */
export function wordsCore(
  s: Scope,
  end: number,
  value: number | null,
  leftover: string[] | null = null,
): Core {
  return {
    end,
    value,
    low: null,
    digits: false,
    decimal: false,
    leftover,
    suffix: null,
    surfaceEnd: tokenAt(s, end - 1)?.end ?? 0,
  };
}
