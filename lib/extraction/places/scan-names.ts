import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { continuesName, lastNameToken, MAX_NAME_WORDS, possessive, startsName } from './names';
import { keyOfWords } from './variants';
import type { Found, PlaceWork } from './work';

/**
 * The gazetteer's names in the text, left to right, the longest name at each capitalised word
 * (with its spelling variants: folded letters, any form of the Arabic article, a possessive cut
 * off). Demonyms met on the way are counted for the focus countries.
 */
export const scanNames: Pass<PlaceWork> = {
  name: 'places/scan-names',
  run(work) {
    const { tokens } = work.doc;
    const lookups: Lookups = new Map();
    for (let i = 0; i < tokens.length;) {
      const tok = tokens[i] as Token;
      if (!tok.isWord || !startsName(work, i)) {
        i++;
        continue;
      }
      const demonym = work.gazetteer.demonyms.get(tok.norm);
      if (demonym) work.demonymCountries.push(demonym);
      const hit = longestName(work, i, lookups);
      if (!hit) {
        i++;
        continue;
      }
      work.found.push(hit);
      i = hit.span.end;
    }
  },
};

interface Lookup {
  candidates: readonly EntryId[];
  rule: string;
}

/**
 * What lookupWords answered in this article, by the words joined with spaces: an article names its
 * places again and again, and tries the same runs of capitalised words at every mention.
 */
type Lookups = Map<string, Lookup>;

function longestName(work: PlaceWork, i: number, lookups: Lookups): Found | null {
  const { tokens } = work.doc;
  const last = lastNameToken(work, i, MAX_NAME_WORDS, undefined, continuesKnownName);
  // keys[n - 1]: the name's first n words joined by spaces, its punctuation left out (the full
  // stop of "St. Gallen"), as lookupWordsOnce keys them.
  const keys: string[] = [];
  for (let k = i; k <= last; k++) {
    const tok = tokens[k] as Token;
    if (tok.isWord) keys.push(keys.length === 0 ? tok.norm : `${keys[keys.length - 1]} ${tok.norm}`);
  }
  for (let end = last + 1, count = keys.length; end > i; end--) {
    if (!(tokens[end - 1] as Token).isWord) continue;
    // The words of tokens [i, end) are the first `words` of the name.
    const words = count--;
    let found = lookupWordsOnce(work, keys[words - 1] as string, i, end, undefined, lookups);
    let charEnd: number | undefined;
    if (found.candidates.length === 0) {
      const pos = possessive(work, work.doc.tokens[end - 1] as Token);
      if (pos) {
        const key = words === 1 ? pos.norm : `${keys[words - 2]} ${pos.norm}`;
        found = lookupWordsOnce(work, key, i, end, pos.norm, lookups);
        charEnd = pos.end;
      }
    }
    if (found.candidates.length > 0) {
      // A bare article is never a name.
      if (end - i === 1 && work.words.arabicArticles.has((tokens[i] as Token).norm)) continue;
      return {
        span: { start: i, end, charEnd },
        candidates: found.candidates,
        by: reason(scanNames, found.rule),
      };
    }
  }
  return null;
}

/**
 * lookupWords of the words of tokens [start, end) (the last one as `lastWord` when given), asked
 * once per article: `key` is those words joined by spaces.
 */
function lookupWordsOnce(
  work: PlaceWork,
  key: string,
  start: number,
  end: number,
  lastWord: string | undefined,
  lookups: Lookups,
): Lookup {
  let found = lookups.get(key);
  if (!found) {
    const words: string[] = [];
    for (let k = start; k < end; k++) {
      const tok = work.doc.tokens[k] as Token;
      if (tok.isWord) words.push(tok.norm);
    }
    if (lastWord !== undefined) words[words.length - 1] = lastWord;
    found = lookupWords(work, words);
    lookups.set(key, found);
  }
  return found;
}

/**
 * Beyond what continues any name, what a name the gazetteer knows whole may hold: an English
 * connector or an Arabic article written apart ("Port of Spain", "Dar es Salaam"), and the full
 * stop of an abbreviation ("St. Gallen").
 */
function continuesKnownName(work: PlaceWork, k: number): boolean {
  if (continuesName(work, k)) return true;
  const { text, tokens } = work.doc;
  const { words } = work;
  const tok = tokens[k] as Token;
  const prev = tokens[k - 1] as Token;
  const next = tokens[k + 1];
  if (!next?.capitalised || work.calendar.has(next.norm)) return false;
  if (!tok.isWord)
    return (
      tok.norm === '.' &&
      tok.start === prev.end &&
      words.nameAbbreviations.has(prev.norm) &&
      text.slice(tok.end, next.start) === ' '
    );
  if (text.slice(prev.end, tok.start) !== ' ') return false;
  return (
    words.hyphenOnlyConnectors.has(tok.norm) ||
    (words.arabicArticles.has(tok.norm) && !words.stopwords.has(tok.norm))
  );
}

function lookupWords(work: PlaceWork, words: readonly string[]): Lookup {
  const { gazetteer } = work;
  const key = keyOfWords(words);
  let candidates = gazetteer.lookup(key);
  // "St Gallen" is stored as "Sankt Gallen", "Ft Worth" as "Fort Worth".
  const full =
    candidates.length === 0 && words.length > 1
      ? work.words.nameAbbreviations.get(words[0] as string)
      : undefined;
  for (const form of full ?? []) {
    candidates = gazetteer.lookup(keyOfWords([form, ...words.slice(1)]));
    if (candidates.length > 0) break;
  }
  if (candidates.length > 0 || !key.startsWith('al ') || key.length < 7)
    return { candidates, rule: 'gazetteer name' };
  // "al-Rastan" for GeoNames' "Rastan": only in countries where the article is Arabic.
  return {
    candidates: gazetteer
      .lookup(key.slice(3))
      .filter((e) => work.words.arabicArticleCountries.has(gazetteer.country(e))),
    rule: 'gazetteer name without its article',
  };
}
