import { DEFAULT_LANGUAGE, lexiconFor } from '../lexicon/lexicon';
import { tokenize } from '../text/tokenize';

/**
 * The forms of the Arabic definite article (`arabicArticles` of the default lexicon: al-, ash-,
 * ar-, ez-...). Inside a name they all mean the same thing, so keys store every one of them as
 * "al". The gazetteer asset's keys were made with these, whatever the article's language.
 */
let keyArticles: ReadonlySet<string> | null = null;

function articles(): ReadonlySet<string> {
  keyArticles ??= new Set(lexiconFor(DEFAULT_LANGUAGE).places.arabicArticles);
  return keyArticles;
}

/**
 * The key a name is stored and looked up under: its folded tokens (see tokenize) with every
 * Arabic article that is not the last word written "al". "Ar Raqqah", "al-Raqqah" and
 * "Ar-Raqqah" meet under "al raqqah".
 */
export function keyOfWords(words: readonly string[]): string {
  const isArticle = articles();
  let key = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const out = i < words.length - 1 && isArticle.has(word) ? 'al' : word;
    key = i === 0 ? out : key + ' ' + out;
  }
  return key;
}

/** Words of a name as the tokenizer folds them, punctuation dropped. */
export function nameWords(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.isWord)
    .map((t) => t.norm);
}

/** The lookup key of a name written naturally ("Deir ez-Zor" → "deir al zor"). */
export function nameKey(name: string): string {
  return keyOfWords(nameWords(name));
}

/** The key without a leading article ("al raqqah" → "raqqah"), or null when it has none. */
export function withoutArticle(key: string): string | null {
  return key.startsWith('al ') ? key.slice(3) : null;
}

const VOWELS = /[aeiouy]/;

/**
 * A consonant skeleton of a key, for transliteration variants: articles dropped, words joined,
 * vowels after the first letter removed, doubled letters collapsed, a final h dropped and a few
 * digraphs merged. Dara'a, Daraa and Deraa share "dr"; Deir ez-Zor, Deir Ezzur and Deir Azzour
 * share "drzr"; Latamneh and Latamana share "ltmn". Only a fallback, used when no exact key
 * matches and the skeleton is long enough to say something.
 */
export function skeleton(key: string): string {
  let s = '';
  for (const word of key.split(' ')) if (word !== 'al') s += word;
  s = s
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/dj/g, 'j')
    .replace(/[^a-z]/g, '');
  if (!s) return '';
  let out = s.charAt(0);
  let last = out;
  for (let i = 1; i < s.length; i++) {
    const ch = s.charAt(i);
    if (VOWELS.test(ch)) {
      last = '';
      continue;
    }
    if (ch === last) continue;
    out += ch;
    last = ch;
  }
  if (out.length > 2 && out.endsWith('h')) out = out.slice(0, -1);
  return out;
}
