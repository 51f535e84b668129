/**
 * What a code point is to the tokenizer (see tokenize): white space (`\s`), part of a word (a
 * letter, mark or digit: `[\p{L}\p{M}\p{N}]`), or anything else (a punctuation token of its own).
 */
export const SPACE = 0;
export const WORD = 1;
export const OTHER = 2;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classify(char: string): number {
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

const ASCII = Uint8Array.from({ length: 0x80 }, (_, code) => classify(String.fromCharCode(code)));
/** Classes of the other code points met so far: the Unicode regexes run once per character. */
const classOf = new Map<number, number>();

/** The class of a code point (as `codePointAt` reads it; a lone surrogate is OTHER). */
export function charClass(codePoint: number): number {
  if (codePoint < 0x80) return ASCII[codePoint] as number;
  let cls = classOf.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    classOf.set(codePoint, cls);
  }
  return cls;
}
