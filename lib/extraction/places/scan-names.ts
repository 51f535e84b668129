import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { continuesName, lastNameToken, MAX_NAME_WORDS, possessive, startsName, wordsOf } from './names';
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
    for (let i = 0; i < tokens.length;) {
      const tok = tokens[i] as Token;
      if (!tok.isWord || !startsName(work, i)) {
        i++;
        continue;
      }
      const demonym = work.gazetteer.demonyms.get(tok.norm);
      if (demonym) work.demonymCountries.push(demonym);
      const hit = longestName(work, i);
      if (!hit) {
        i++;
        continue;
      }
      work.found.push(hit);
      i = hit.span.end;
    }
  },
};

function longestName(work: PlaceWork, i: number): Found | null {
  const { tokens } = work.doc;
  const last = lastNameToken(work, i, MAX_NAME_WORDS, undefined, continuesKnownName);
  const words = wordsOf(work, i, last + 1);
  for (let end = last + 1; end > i; end--) {
    if (!(tokens[end - 1] as Token).isWord) continue;
    const slice = words.slice(0, end - i).filter((w, k) => (tokens[i + k] as Token).isWord);
    let found = lookupWords(work, slice);
    let charEnd: number | undefined;
    if (found.candidates.length === 0) {
      const pos = possessive(work, work.doc.tokens[end - 1] as Token);
      if (pos) {
        found = lookupWords(work, [...slice.slice(0, -1), pos.norm]);
        charEnd = pos.end;
      }
    }
    if (found.candidates.length > 0) {
      // A bare article is never a name.
      if (end - i === 1 && work.words.arabicArticles.has(slice[0] as string)) continue;
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

function lookupWords(
  work: PlaceWork,
  words: readonly string[],
): { candidates: readonly EntryId[]; rule: string } {
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
