import { foldWord } from '../extraction/text/fold';

/** Surface form as the scoring compares it: folded, spaces collapsed, a leading "the"/"al-" dropped. */
export function scoringForm(surface: string): string {
  return surface
    .split(/[\s\u00a0]+/)
    .map(foldWord)
    .join(' ')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N} .,/%]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|al) /, '');
}

/**
 * Whether a predicted surface matches a gold one: equal after folding, or one contains the other
 * and covers at least a third of the longer.
 */
export function surfacesMatch(predicted: string, gold: string): boolean {
  const p = scoringForm(predicted);
  const g = scoringForm(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const [shorter, longer] = p.length <= g.length ? [p, g] : [g, p];
  return containsAsWords(longer, shorter) && shorter.length * 3 >= longer.length;
}

function containsAsWords(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `) || longer.includes(shorter);
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  dozen: '12',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
};

/** The numeric core of a number's surface ("at least 20" → "20", "75,259" → "75259", "four" → "4"). */
export function numericCore(surface: string): string {
  const digits = surface.replace(/(\d),(\d)/g, '$1$2').match(/\d+(?:\.\d+)?/);
  if (digits) return digits[0];
  const words = scoringForm(surface).split(' ');
  for (const word of words) if (NUMBER_WORDS[word]) return NUMBER_WORDS[word];
  return scoringForm(surface);
}
