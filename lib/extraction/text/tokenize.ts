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
 * character is a punctuation token, so phrases never match across a comma or full stop.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ`][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
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
  TOKEN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null && match.index < to) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const isWord = raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw);
    if (!isWord && HYPHENS.has(raw) && isLetterOrDigit(text, start - 1) && isLetterOrDigit(text, end))
      continue;
    tokens.push({ start, end, norm: isWord ? foldWord(raw) : raw, capitalised: CAPITAL.test(raw), isWord });
  }
  return tokens;
}

/** Fold a phrase the way tokenize() folds text, as the key a dictionary stores it under. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}

function isLetterOrDigit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return /[\p{L}\p{M}\p{N}]/u.test(text.charAt(index));
}
