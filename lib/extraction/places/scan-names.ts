import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { lastNameToken, MAX_NAME_WORDS, possessive, startsName, wordsOf } from './names';
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
  const last = lastNameToken(work, i, MAX_NAME_WORDS);
  const words = wordsOf(work, i, last + 1);
  for (let end = last + 1; end > i; end--) {
    const slice = words.slice(0, end - i);
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

function lookupWords(
  work: PlaceWork,
  words: readonly string[],
): { candidates: readonly EntryId[]; rule: string } {
  const { gazetteer } = work;
  const key = keyOfWords(words);
  const candidates = gazetteer.lookup(key);
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
