import {
  AMBIGUOUS_PLURAL_NEXT,
  FEW_NOT_COUNT_PREV,
  GLUED_SCALES,
  ONE_NOT_COUNT_NEXT,
  ONE_NOT_COUNT_PREV,
  SCALE_WORDS,
  VAGUE_PLURALS,
  VAGUE_UNITS,
} from './lexicon';
import { parseNumberWords } from './number-words';
import type { Token } from './tokens';

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
  /** Unused hyphen parts of the last token ("two-day" → ["day"]). */
  leftover: string[] | null;
}

const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** Parses "75,259" or "1.2"; null for other shapes ("10.30.45", "1,2"). */
export function parseDigits(text: string): number | null {
  if (THOUSANDS_GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  if (PLAIN.test(text)) return Number(text);
  return null;
}

/** value × scale without binary-fraction noise ("8.2 million" is 8200000, not 8199999.999…). */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

export function parseCore(tokens: readonly Token[], index: number): Core | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'num') return digitCore(tokens, index);
  if (token.kind !== 'word') return null;
  return vagueCore(tokens, index) ?? wordCore(tokens, index);
}

function digitCore(tokens: readonly Token[], index: number): Core | null {
  const token = tokens[index];
  if (!token) return null;
  let value = parseDigits(token.text);
  if (value === null) return null;
  let end = index + 1;
  const next = tokens[end];
  if (next?.kind === 'word') {
    const spaced = SCALE_WORDS.get(next.lower);
    const glued = next.start === token.end ? GLUED_SCALES.get(next.lower) : undefined;
    if (spaced !== undefined || glued !== undefined) {
      value = scaled(value, spaced ?? glued ?? 1);
      end += 1;
    }
  }
  return {
    end,
    value,
    low: null,
    digits: true,
    decimal: token.text.includes('.'),
    leftover: null,
  };
}

function wordCore(tokens: readonly Token[], index: number): Core | null {
  const parsed = parseNumberWords(tokens, index);
  if (!parsed || isInName(tokens, index)) return null;
  const bareOne = parsed.end === index + 1 && parsed.leftover === null && tokens[index]?.lower === 'one';
  if (bareOne && !oneIsCount(tokens, index)) return null;
  return {
    end: parsed.end,
    value: parsed.value,
    low: null,
    digits: false,
    decimal: false,
    leftover: parsed.leftover,
  };
}

/** "the Three Brotherhood Alliance", "the Big Four": a capitalised number word inside a name. */
function isInName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    token !== undefined &&
    /^[A-Z]/.test(token.text) &&
    tokens[index - 1]?.lower === 'the' &&
    next !== undefined &&
    /^[A-Z]/.test(next.text)
  );
}

/** "one civilian" counts; "one of the", "no one", "one another", "one day" do not. */
function oneIsCount(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous && ONE_NOT_COUNT_PREV.has(previous.lower)) return false;
  const next = tokens[index + 1];
  if (!next || next.kind !== 'word') return false;
  return next.lower !== 'of' && !ONE_NOT_COUNT_NEXT.has(next.lower);
}

/** "dozens", "tens of thousands", "several", "a few hundred", "few". */
function vagueCore(tokens: readonly Token[], index: number): Core | null {
  const token = tokens[index];
  if (!token) return null;
  const plural = VAGUE_PLURALS.get(token.lower);
  if (plural !== undefined) {
    const next = tokens[index + 1];
    if (
      (token.lower === 'tens' || token.lower === 'scores') &&
      !(next && AMBIGUOUS_PLURAL_NEXT.has(next.lower))
    )
      return null;
    // "tens of thousands", "hundreds of thousands"
    const { end, low } = ofLargerPlurals(tokens, index + 1, 2 * plural);
    return vague(end, low);
  }
  let k = index;
  let multiple: number;
  if (token.lower === 'several') multiple = 3;
  else if (token.lower === 'few' && !FEW_NOT_COUNT_PREV.has(tokens[index - 1]?.lower ?? '')) multiple = 2;
  else if (
    token.lower === 'a' &&
    tokens[index + 1]?.lower === 'few' &&
    tokens[index - 1]?.lower !== 'quite'
  ) {
    multiple = 2;
    k += 1;
  } else return null;
  k += 1;
  const unit = VAGUE_UNITS.get(tokens[k]?.lower ?? '');
  if (unit !== undefined) return vague(k + 1, multiple * unit);
  const unitPlural = VAGUE_PLURALS.get(tokens[k]?.lower ?? '');
  if (unitPlural !== undefined && unitPlural >= 10 && tokens[k]?.lower !== 'scores') {
    // "several tens of thousands"
    const { end, low } = ofLargerPlurals(tokens, k + 1, multiple * unitPlural);
    return vague(end, low);
  }
  return vague(k, multiple);
}

function vague(end: number, low: number): Core {
  return { end, value: null, low, digits: false, decimal: false, leftover: null };
}

/** Multiply a vague amount by the larger plurals that follow it: "tens | of thousands | of …". */
function ofLargerPlurals(tokens: readonly Token[], from: number, low: number): { end: number; low: number } {
  let end = from;
  while (tokens[end]?.lower === 'of') {
    const outer = VAGUE_PLURALS.get(tokens[end + 1]?.lower ?? '');
    if (outer === undefined || outer < 100) break;
    low *= outer;
    end += 2;
  }
  return { end, low };
}
