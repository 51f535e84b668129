import type { Pass } from '../pipeline';
import type { EntryId } from './gazetteer';
import { isOwnName, OWN_NAME_WEIGHT, writtenKey } from './own-names';
import type { Found, PlaceWork } from './work';

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
        const dominant = dominantCountry(work, f);
        if (dominant) add(dominant, VOTE.dominantPlace);
        else for (const c of countries) add(c, VOTE.ambiguousPlace / countries.size);
      }
    }
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const given = work.givenFocus;
    work.focus = given ? [given, ...ranked.filter((c) => c !== given)] : ranked;
    work.focusVotes = score;
    work.doc.focusCountries = work.focus;
  },
};

/** A city this big next to namesakes this much smaller is the one a reader takes the name for. */
const DOMINANT_POPULATION = 100_000;
const DOMINANT_RATIO = 10;

/**
 * The country of a big city whose namesakes elsewhere are all far smaller ("Montevideo"), a
 * namesake counting for more when the name is its own (see OWN_NAME_WEIGHT).
 */
function dominantCountry(work: PlaceWork, f: Found): string | null {
  const { gazetteer } = work;
  const written = writtenKey(work, f);
  const largest = new Map<string, { weight: number; population: number }>();
  for (const e of f.candidates) {
    // Regions carry no population worth comparing with a city's.
    if (gazetteer.level(e) === 'admin1' || gazetteer.level(e) === 'country') continue;
    const c = gazetteer.country(e);
    const population = gazetteer.population(e);
    const weight = population * (isOwnName(work, e, written) ? 10 ** OWN_NAME_WEIGHT : 1);
    if (weight > (largest.get(c)?.weight ?? -1)) largest.set(c, { weight, population });
  }
  const [first, second] = [...largest].sort((a, b) => b[1].weight - a[1].weight);
  if (!first || first[1].population < DOMINANT_POPULATION) return null;
  return !second || first[1].weight >= DOMINANT_RATIO * second[1].weight ? first[0] : null;
}
