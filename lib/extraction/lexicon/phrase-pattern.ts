/**
 * Phrases of a lexicon as regular expressions. A phrase is written as plain words ("death toll
 * has risen"); `{slot}` stands for any of a list of words or for a kind of token ("since {month}
 * {year}"). The grammar around the phrases (where a match may start and end) stays in the code
 * that uses them; the words are data.
 */

/** How a slot reads: a regular-expression source. */
export type Slots = Readonly<Record<string, string>>;

/** Slots every phrase may use. */
const TOKEN_SLOTS: Slots = {
  year: String.raw`\d{4}`,
  number: String.raw`[\d,.]+`,
  digits: String.raw`\d+`,
  words: String.raw`[^,.;]+`,
};

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** One phrase as a regular-expression source: its text literal, its slots replaced. */
function phraseSource(phrase: string, slots: Slots = {}): string {
  return phrase
    .split(/(\{[a-z]+\})/i)
    .map((part) => {
      const slot = /^\{([a-z]+)\}$/i.exec(part)?.[1];
      if (slot === undefined) return part.replace(ESCAPE, '\\$&');
      const source = slots[slot] ?? TOKEN_SLOTS[slot];
      if (source === undefined) throw new Error(`the phrase "${phrase}" has an unknown slot {${slot}}`);
      return source;
    })
    .join('');
}

/** Any of the phrases, as a non-capturing group; longer phrases first, so the longest one wins. */
export function anyOf(phrases: readonly string[], slots: Slots = {}): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((phrase) => phraseSource(phrase, slots)).join('|')})`;
}

/** A letter, mark, digit or underscore of any script: what `\w` means for ASCII alone. */
const WORD_CHARACTER = String.raw`[\p{L}\p{M}\p{N}_]`;
const WORD_BOUNDARY = String.raw`(?:(?<!${WORD_CHARACTER})(?=${WORD_CHARACTER})|(?<=${WORD_CHARACTER})(?!${WORD_CHARACTER}))`;

/**
 * A regular expression over a lexicon's words whose `\b` and `\w` know the letters of every
 * script: JavaScript's own stop at ASCII, so `\bété\b` would never match "un été". Words all in
 * ASCII keep the native (several times faster) boundaries, which read them the same.
 */
export function wordPattern(source: string, flags = ''): RegExp {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(source)) return new RegExp(source, flags);
  const unicode = source.replace(/\\b/g, WORD_BOUNDARY).replace(/\\w/g, WORD_CHARACTER);
  return new RegExp(unicode, flags.includes('u') ? flags : `${flags}u`);
}
