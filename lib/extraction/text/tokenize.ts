import { charClass, SPACE, WORD } from './char-class';
import { foldWord } from './fold';

/** A word or punctuation mark, with offsets into the text and its folded form for matching. */
export interface Token {
  start: number;
  end: number;
  /** Folded form (see foldWord); punctuation keeps its character. */
  norm: string;
  /** Starts with a capital letter: names are looked up only when written like names. */
  capitalised: boolean;
  isWord: boolean;
}

/**
 * Words may carry inner apostrophes (Dara'a, Assad’s). Hyphens between letters split words but
 * are not tokens, so "Deir ez-Zor" and "Deir ez Zor" tokenise alike. Any other non-space
 * character is a punctuation token, so phrases never match across a comma or full stop. A token
 * is what `/[\p{L}\p{M}\p{N}]+(?:['’‘ʼ`][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu` matches,
 * read by a scan of code points (see nextToken), which costs a fraction of that regex.
 */
const APOSTROPHES: ReadonlySet<number> = new Set(["'", '’', '‘', 'ʼ', '`'].map((c) => c.charCodeAt(0)));
/** Hyphen-minus, hyphen and non-breaking hyphen: what joins the words of "Deir ez-Zor". */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);
const CAPITAL = /^\p{Lu}/u;

/** Whether `gap` (the text between two tokens) is one hyphen. */
export function isHyphen(gap: string): boolean {
  return HYPHENS.has(gap);
}

/** Whether two tokens of `text` are one hyphen apart ("Iran-backed", "twenty-five", "10-15"). */
export function hyphenJoins(text: string, token: Token | undefined, next: Token | undefined): boolean {
  return !!token && !!next && next.start === token.end + 1 && HYPHENS.has(text.charAt(token.end));
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Words recur (news text draws on a few thousand words): fold each spelling once per call.
  const folded = new Map<string, string>();
  for (let start = skipSpaces(text, from); start < to && start < text.length;) {
    const end = tokenEnd(text, start);
    const raw = text.slice(start, end);
    const isWord = raw.length > 1 || isWordChar(raw);
    if (!isWord && HYPHENS.has(raw) && isLetterOrDigit(text, start - 1) && isLetterOrDigit(text, end)) {
      start = skipSpaces(text, end);
      continue;
    }
    let norm = raw;
    if (isWord) {
      const known = folded.get(raw);
      if (known === undefined) folded.set(raw, (norm = foldWord(raw)));
      else norm = known;
    }
    tokens.push({ start, end, norm, capitalised: startsWithCapital(raw), isWord });
    start = skipSpaces(text, end);
  }
  return tokens;
}

/** The first position at or after `at` that is not white space. */
const skipSpaces = (text: string, at: number): number => runEnd(text, at, SPACE);

/** The end of the token at `start` (not white space): a word with inner apostrophes, or one character. */
function tokenEnd(text: string, start: number): number {
  const first = text.codePointAt(start) as number;
  if (charClass(first) !== WORD) return start + (first > 0xffff ? 2 : 1);
  let at = wordRunEnd(text, start);
  while (
    at + 1 < text.length &&
    APOSTROPHES.has(text.charCodeAt(at)) &&
    charClass(text.codePointAt(at + 1) as number) === WORD
  )
    at = wordRunEnd(text, at + 1);
  return at;
}

/** The end of the run of letters, marks and digits at `at`. */
const wordRunEnd = (text: string, at: number): number => runEnd(text, at, WORD);

/** The end of the run of code points of one class that starts at `at`. */
function runEnd(text: string, at: number, cls: typeof SPACE | typeof WORD): number {
  while (at < text.length) {
    const code = text.codePointAt(at) as number;
    if (charClass(code) !== cls) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** Whether a one-unit string is a letter, mark or digit. */
function isWordChar(char: string): boolean {
  return charClass(char.charCodeAt(0)) === WORD;
}

function startsWithCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return CAPITAL.test(raw);
}

/** Fold a phrase the way tokenize() folds text, as the key a dictionary stores it under. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}

function isLetterOrDigit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return isWordChar(text.charAt(index));
}
