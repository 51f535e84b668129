/**
 * Phrases of a lexicon as regular expressions. A phrase is written as plain words ("death toll
 * has risen"); `{slot}` stands for any of a list of words or for a kind of token ("since {month}
 * {year}"). The grammar around the phrases (where a match may start and end) stays in the code
 * that uses them; the words are data.
 */

/** How a slot reads: a regular-expression source. */
export type Slots = Readonly<Record<string, string>>;

/** Slots every phrase may use. */
export const TOKEN_SLOTS: Slots = {
  year: String.raw`\d{4}`,
  number: String.raw`[\d,.]+`,
  digits: String.raw`\d+`,
  words: String.raw`[^,.;]+`,
};

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** One phrase as a regular-expression source: its text literal, its slots replaced. */
export function phraseSource(phrase: string, slots: Slots = {}): string {
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
