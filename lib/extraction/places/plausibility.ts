import type { Pass } from '../pipeline';
import { isHyphen, type Token } from '../text/tokenize';
import { continuesName } from './names';
import { isOwnName, writtenKey } from './own-names';
import type { Found, PlaceWork } from './work';

/**
 * Drop the gazetteer names that are not places where they stand: common words, acronyms, people
 * ("President Idris", "Idris said"), organisations ("Damascus University"), and pieces of longer
 * names the gazetteer does not know ("Liwa al-Quds").
 */
export const plausibility: Pass<PlaceWork> = {
  name: 'places/plausibility',
  run(work) {
    work.found = work.found.filter((f) => plausible(work, f));
  },
};

/** Whether a dictionary match is a place here, not a common word, a person or an organisation. */
function plausible(work: PlaceWork, f: Found): boolean {
  const { doc, gazetteer, words, sentenceStart } = work;
  const { text, tokens } = doc;
  const { start, end } = f.span;
  const first = tokens[start] as Token;
  const single = end - start === 1;
  // One loop over the namesakes (this runs for every name found).
  let bestPop = -Infinity;
  let hasCountryOrAdmin = false;
  let curated = false;
  for (const e of f.candidates) {
    bestPop = Math.max(bestPop, gazetteer.population(e));
    const l = gazetteer.level(e);
    if (l === 'country' || l === 'admin1') hasCountryOrAdmin = true;
    if (gazetteer.isCurated(e)) curated = true;
  }
  if (
    single &&
    (words.stopwords.has(first.norm) ||
      words.notPlaceWords.has(first.norm) ||
      words.notPlaceNames.has(first.norm))
  )
    return false;
  // An actor's name ("Taliban", "Hamas") is no place, unless a city goes by it ("Azov").
  if (single && words.actorNames.has(first.norm) && !namesCity(work, f)) return false;
  // All-caps words of a few letters are acronyms (IS, ISIL, SDF), not places.
  const raw = text.slice(first.start, first.end);
  if (single && raw.length <= 5 && raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw) && !hasCountryOrAdmin)
    return false;
  const next = tokens[end];
  const prev = tokens[start - 1];
  // Followed by an organisation word: "Al Miqdad Brigade", "Damascus University".
  const hasCountry = f.candidates.some((e) => gazetteer.level(e) === 'country');
  if (next && next.capitalised && words.orgWords.has(next.norm) && !hasCountry) return false;
  // People: "President Idris", "Salim Idris", "Idris said".
  if (prev && prev.isWord && words.personTitles.has(prev.norm) && prev.capitalised && !curated) return false;
  const minor = bestPop < 200_000 && !hasCountryOrAdmin && !curated;
  if (
    minor &&
    prev &&
    prev.isWord &&
    prev.capitalised &&
    !sentenceStart[start - 1] &&
    text.slice(prev.end, first.start) === ' ' &&
    !words.directions.has(prev.norm)
  )
    return false;
  if (minor && next && next.isWord && words.speechVerbs.has(next.norm)) return false;
  // Part of a longer name the dictionary does not know: "Hawsh al-Shalaq", "Liwa al-Quds", "Bab al-Qam".
  const major = hasCountryOrAdmin || bestPop >= 1e6;
  if (
    !major &&
    next &&
    f.span.charEnd === undefined &&
    continuesName(work, end) &&
    !words.admin1Words.has(next.norm) &&
    !words.typeAfter.has(next.norm)
  )
    return false;
  if (!major && !curated && prev && !sentenceStart[start] && partOfNameBefore(work, start)) return false;
  if (single && words.directions.has(first.norm)) return false;
  // Tiny places need more than a capital letter at the start of a sentence.
  if (single && sentenceStart[start] && bestPop < 1000 && !curated) return false;
  return true;
}

/** A city of 100,000 or more whose own name is the one written. */
function namesCity(work: PlaceWork, f: Found): boolean {
  const written = writtenKey(work, f);
  return f.candidates.some((e) => work.gazetteer.population(e) >= 100_000 && isOwnName(work, e, written));
}

/** Whether the word before token i belongs to the same name ("Liwa al-Quds", "Tal al-X", "Hawsh al-Shalaq"). */
function partOfNameBefore(work: PlaceWork, i: number): boolean {
  const { text, tokens } = work.doc;
  const { words } = work;
  const prev = tokens[i - 1] as Token;
  if (!prev.isWord || !continuesName(work, i)) return false;
  if (isHyphen(text.slice(prev.end, (tokens[i] as Token).start))) return true;
  // An article written apart from its name ("Deir al Zour"), unless it is also an English word
  // ("shelled at Kherson", "known as Bakhmut").
  if (words.arabicArticles.has(prev.norm) && !words.stopwords.has(prev.norm)) return true;
  if (words.toponymHeads.has(prev.norm)) return true;
  return prev.capitalised && !words.directions.has(prev.norm) && !words.stopwords.has(prev.norm);
}
