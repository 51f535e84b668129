import type { Pass } from '../pipeline';
import type { EntryId } from './gazetteer';
import type { PlaceWork } from './work';

/** Votes of the clues to an article's country: a name of one country outweighs a namesake's. */
const VOTE = {
  demonym: 1,
  country: 2,
  /** A place all of whose namesakes lie in one country. */
  unambiguousPlace: 1.5,
  /** A big city whose namesakes are all far smaller: almost as sure, not quite. */
  dominantPlace: 1.2,
  /** Shared by the countries of a name's namesakes. */
  ambiguousPlace: 0.3,
};

/**
 * Rank the countries the article is about by the countries it names, its demonyms ("Syrian") and
 * its places that lie in one country only. A focus country the caller gives comes first. The
 * ranking is the Doc's `focusCountries`, which the later finders read.
 */
export const focusCountries: Pass<PlaceWork> = {
  name: 'places/focus-countries',
  run(work) {
    const { gazetteer } = work;
    const score = new Map<string, number>();
    const add = (c: string, w: number) => score.set(c, (score.get(c) ?? 0) + w);
    for (const d of work.demonymCountries) add(d, VOTE.demonym);
    for (const f of work.found) {
      const countries = new Set(f.candidates.map((e) => gazetteer.country(e)));
      if (countries.size === 1) {
        const e = f.candidates[0] as EntryId;
        add(
          [...countries][0] as string,
          gazetteer.level(e) === 'country' ? VOTE.country : VOTE.unambiguousPlace,
        );
      } else {
        const dominant = dominantCountry(work, f.candidates);
        if (dominant) add(dominant, VOTE.dominantPlace);
        else for (const c of countries) add(c, VOTE.ambiguousPlace / countries.size);
      }
    }
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const given = work.givenFocus;
    work.focus = given ? [given, ...ranked.filter((c) => c !== given)] : ranked;
    work.doc.focusCountries = work.focus;
  },
};

/** A city this big next to namesakes this much smaller is the one a reader takes the name for. */
const DOMINANT_POPULATION = 100_000;
const DOMINANT_RATIO = 10;

/** The country of a big city whose namesakes elsewhere are all far smaller ("Montevideo"). */
function dominantCountry(work: PlaceWork, candidates: readonly EntryId[]): string | null {
  const { gazetteer } = work;
  const largest = new Map<string, number>();
  for (const e of candidates) {
    const c = gazetteer.country(e);
    largest.set(c, Math.max(largest.get(c) ?? 0, gazetteer.population(e)));
  }
  const [first, second] = [...largest].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < DOMINANT_POPULATION) return null;
  return !second || first[1] >= DOMINANT_RATIO * second[1] ? first[0] : null;
}
