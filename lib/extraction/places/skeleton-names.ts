import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { applyContext } from './context-typing';
import { choose } from './disambiguate';
import { isNoPlaceWord, lastNameToken, possessive, startsName, wordsOf } from './names';
import { keyOfWords, skeleton } from './variants';
import { markTaken, type Found, type PlaceWork } from './work';

/** Skeleton names are looked up up to this many words. */
const MAX_SKELETON_WORDS = 4;

/**
 * Capitalised names the exact keys missed, matched by consonant skeleton among the places of the
 * article's first focus country: Deir Ezzur and Deir Azzour are Deir ez-Zor. Only names long
 * enough for a skeleton to say something, and never a lone capitalised word starting a sentence.
 */
export const skeletonNames: Pass<PlaceWork> = {
  name: 'places/skeleton-names',
  run(work) {
    // Every name found so far is taken, the namesakes set aside too (until the unknown-place passes).
    for (const f of work.found) markTaken(work, f.span);
    const country = work.focus[0];
    if (country === undefined) return;
    const { tokens } = work.doc;
    const variants: SkeletonVariants = new Map();
    for (let i = 0; i < tokens.length;) {
      if (work.taken[i] || !(tokens[i] as Token).isWord || !startsName(work, i)) {
        i++;
        continue;
      }
      const last = lastNameToken(work, i, MAX_SKELETON_WORDS);
      const hit = skeletonName(work, country, i, last, variants);
      if (hit) {
        work.found.push(hit);
        markTaken(work, hit.span);
        i = hit.span.end;
      } else i = last + 1;
    }
  },
};

/**
 * The places of the focus country that words are a skeleton variant of (none: null), by the words
 * joined with spaces: an article repeats its names, and their skeletons need computing once.
 */
type SkeletonVariants = Map<string, readonly EntryId[] | null>;

/** The name of tokens [i, last] as a skeleton variant of a place of the country, in context. */
function skeletonName(
  work: PlaceWork,
  country: string,
  i: number,
  last: number,
  variants: SkeletonVariants,
): Found | null {
  const end = last + 1;
  const names = wordsOf(work, i, end);
  const pos = possessive(work, work.doc.tokens[end - 1] as Token);
  if (pos) names[names.length - 1] = pos.norm;
  const joined = names.join(' ');
  let candidates = variants.get(joined);
  if (candidates === undefined) {
    candidates = variantsOf(work, country, names);
    variants.set(joined, candidates);
  }
  if (candidates === null) return null;
  if (names.length === 1 && work.sentenceStart[i]) return null;
  const f: Found = {
    span: { start: i, end, charEnd: pos?.end },
    candidates,
    by: reason(skeletonNames, 'consonant skeleton in the focus country'),
  };
  f.chosen = choose(work, f, []);
  applyContext(work, f);
  return f;
}

/** The places of the country whose skeleton the words have, when the words may name one; else null. */
function variantsOf(work: PlaceWork, country: string, names: readonly string[]): readonly EntryId[] | null {
  const { gazetteer, words } = work;
  if (names.length === 1 && isNoPlaceWord(work, names[0] as string)) return null;
  if (names.some((w) => words.notPlaceNames.has(w) || words.directions.has(w))) return null;
  const key = keyOfWords(names);
  const letters = key.replace(/[^a-z]/g, '').replace(/^al/, '');
  const skel = skeleton(key);
  if (letters.length < 5 || skel.length < 4) return null;
  const candidates = gazetteer.lookupSkeleton(country, skel).filter((e) => gazetteer.level(e) !== 'country');
  return candidates.length === 0 ? null : candidates;
}
