import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';
import type { Token } from './tokens';

export interface WordNumber {
  /** Token index after the last token used. */
  end: number;
  value: number;
  /** Hyphen parts left over in the last token ("two-day" → ["day"]); null when the token was used whole. */
  leftover: string[] | null;
}

type Part = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** Which part may follow which, so "two three" or "twenty thirty" is not read as one number. */
const FOLLOWS: Readonly<Record<Exclude<Part, 'start'>, readonly Part[]>> = {
  unit: ['start', 'tens', 'hundred', 'scale'],
  teen: ['start', 'hundred', 'scale'],
  tens: ['start', 'hundred', 'scale'],
  hundred: ['unit', 'teen', 'tens'],
  scale: ['unit', 'teen', 'tens', 'hundred'],
  dozen: ['unit', 'teen'],
};

/**
 * Reads a spelled-out number at token `index`: "four", "twenty-five", "one hundred and twenty",
 * "a hundred", "two dozen", "half a dozen". Returns null when no number word starts there.
 */
export function parseNumberWords(tokens: readonly Token[], index: number): WordNumber | null {
  let k = index;
  let total = 0;
  let current = 0;
  let last: Part = 'start';
  let half = false;

  const first = tokens[k];
  if (first?.lower === 'half' && isArticle(tokens[k + 1]) && isMultiplier(tokens[k + 2])) {
    half = true;
    k += 1;
  }
  if (isArticle(tokens[k]) && isMultiplier(tokens[k + 1])) {
    // "a hundred", "a dozen": the article stands for one.
    current = 1;
    last = 'unit';
    k += 1;
  }

  while (k < tokens.length) {
    const token = tokens[k];
    if (!token || token.kind !== 'word') break;
    if (token.lower === 'and') {
      // "one hundred and twenty" — only inside a number, before another number word.
      const next = tokens[k + 1];
      if ((last === 'hundred' || last === 'scale') && next && partOf(next.lower.split('-')[0] ?? '')) {
        k += 1;
        continue;
      }
      break;
    }
    const parts = token.lower.split('-');
    let used = 0;
    for (const word of parts) {
      const part = partOf(word);
      if (!part || !FOLLOWS[part].includes(last)) break;
      if (part === 'unit' || part === 'teen' || part === 'tens') current += valueOf(word);
      else if (part === 'hundred') current = (current || 1) * 100;
      else if (part === 'dozen') current = (current || 1) * 12;
      else {
        total += (current || 1) * (SCALE_WORDS.get(word) ?? 1);
        current = 0;
      }
      last = part;
      used += 1;
    }
    if (used === 0) break;
    k += 1;
    if (used < parts.length) {
      return finish(index, k, total + current, half, parts.slice(used));
    }
  }
  if (last === 'start' || k === index) return null;
  return finish(index, k, total + current, half, null);
}

function finish(
  start: number,
  end: number,
  value: number,
  half: boolean,
  leftover: string[] | null,
): WordNumber | null {
  if (end === start) return null;
  return { end, value: half ? value / 2 : value, leftover };
}

function partOf(word: string): Exclude<Part, 'start'> | null {
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) return unit < 10 ? 'unit' : 'teen';
  if (TENS_WORDS.has(word)) return 'tens';
  if (word === 'hundred') return 'hundred';
  if (word === 'dozen') return 'dozen';
  if (SCALE_WORDS.has(word)) return 'scale';
  return null;
}

function valueOf(word: string): number {
  return UNIT_WORDS.get(word) ?? TENS_WORDS.get(word) ?? 0;
}

function isArticle(token: Token | undefined): boolean {
  return token?.lower === 'a' || token?.lower === 'an';
}

function isMultiplier(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'dozen' || SCALE_WORDS.has(token.lower));
}
