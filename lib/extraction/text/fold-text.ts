import confusables from '../../data/text/confusables.json';
import type { Span } from '../doc/spans';

/**
 * Text as the extractor reads it, so look-alike writing cannot hide a name or a figure: letters
 * and digits in compatibility forms are NFKC-folded (fullwidth "１２" → "12", ligatures), invisible
 * characters inside words are removed ("Id\u200blib" → "Idlib"), and Cyrillic or Greek letters
 * that look Latin are read as Latin inside a word that is otherwise Latin ("Аleppo" with a
 * Cyrillic А). A word wholly in Cyrillic or Greek is left alone: only a mixed-script word is a
 * disguise. Punctuation, spaces and symbols (…, no-break space, ², ½) are not folded: the readers
 * handle them as written, and folding them would change how sentences and units read.
 *
 * Folding keeps a map back to the original, so every offset the extractor gives out is an offset
 * into the text it was given (highlights are anchored in the page by those).
 */
export interface FoldedText {
  readonly text: string;
  /** Maps offsets of `text` to the original's; null when folding changed nothing (offsets agree). */
  readonly map: OffsetMap | null;
}

/**
 * The stretches folding replaced, in order: the folded [from, to) stands for the original
 * [originalFrom, originalTo). Between them the two texts agree, shifted by the last one's
 * difference in length. Confusable letters are replaced one for one and need no entry.
 */
export interface OffsetMap {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly originalFrom: Int32Array;
  readonly originalTo: Int32Array;
}

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark and soft hyphen: invisible. */
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
/** Letters and decimal digits, and the fullwidth and halfwidth forms block: what NFKC folds here. */
const FOLDABLE = /^(?:[\p{L}\p{Nd}]|[\uff00-\uffef])$/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/g;

const TO_LATIN: ReadonlyMap<string, string> = new Map(Object.entries(confusables.toLatin));
const CONFUSABLE = new RegExp(`[${[...TO_LATIN.keys()].join('')}]`);
/** A word of letters (marks included), and a Latin letter in it. */
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

/** What each non-ASCII character folds to, computed once per character. */
const foldedChar = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChar.get(char);
  if (folded === undefined) {
    if (INVISIBLE.test(char)) folded = '';
    else if (FOLDABLE.test(char)) folded = char.normalize('NFKC');
    else folded = char;
    foldedChar.set(char, folded);
  }
  return folded;
}

/** The text folded for matching (see FoldedText). O(n); pure ASCII text costs one scan. */
export function foldText(text: string): FoldedText {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(text)) return { text, map: null };
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const originalFrom: number[] = [];
  const originalTo: number[] = [];
  let copied = 0;
  let length = 0;
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(text); match; match = NON_ASCII.exec(text)) {
    const at = match.index;
    const code = text.codePointAt(at) as number;
    const char = String.fromCodePoint(code);
    const folded = foldChar(char);
    NON_ASCII.lastIndex = at + char.length;
    if (folded === char) continue;
    parts.push(text.slice(copied, at), folded);
    length += at - copied;
    from.push(length);
    to.push(length + folded.length);
    originalFrom.push(at);
    originalTo.push(at + char.length);
    length += folded.length;
    copied = at + char.length;
  }
  parts.push(text.slice(copied));
  const folded = readConfusables(from.length ? parts.join('') : text);
  if (!from.length && folded === text) return { text, map: null };
  return {
    text: folded,
    map: from.length
      ? {
          from: Int32Array.from(from),
          to: Int32Array.from(to),
          originalFrom: Int32Array.from(originalFrom),
          originalTo: Int32Array.from(originalTo),
        }
      : null,
  };
}

/** Cyrillic and Greek look-alikes read as Latin, in words that also have Latin letters. */
function readConfusables(text: string): string {
  if (!CONFUSABLE.test(text)) return text;
  return text.replace(WORD, (word) =>
    CONFUSABLE.test(word) && LATIN.test(word) ? [...word].map((c) => TO_LATIN.get(c) ?? c).join('') : word,
  );
}

/** The last replaced stretch whose folded start is at or before `offset` (strictly before when `strict`), or -1. */
function lastAtOrBefore(starts: Int32Array, offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as number;
    if (strict ? start < offset : start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The original offset where a span starting at folded `offset` starts. */
export function originalStart(map: OffsetMap | null, offset: number): number {
  if (!map) return offset;
  const i = lastAtOrBefore(map.from, offset, false);
  if (i < 0) return offset;
  // Inside a replaced stretch, the span starts where the stretch did.
  if (offset < (map.to[i] as number)) return map.originalFrom[i] as number;
  return offset + (map.originalTo[i] as number) - (map.to[i] as number);
}

/** The original offset where a span ending at folded `offset` (exclusive) ends. */
export function originalEnd(map: OffsetMap | null, offset: number): number {
  if (!map) return offset;
  const i = lastAtOrBefore(map.from, offset, true);
  if (i < 0) return offset;
  // Ending inside or at the end of a replaced stretch, the span takes all of it.
  if (offset <= (map.to[i] as number)) return map.originalTo[i] as number;
  return offset + (map.originalTo[i] as number) - (map.to[i] as number);
}

/** A folded span as a span of the original text. */
export function originalSpan<T extends Span>(map: OffsetMap | null, span: T): T {
  if (!map) return span;
  return { ...span, start: originalStart(map, span.start), end: originalEnd(map, span.end) };
}
