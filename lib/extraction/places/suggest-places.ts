import type { Place } from '../../schema';
import type { EntryId, Gazetteer } from './gazetteer';
import { nameKey } from './variants';

/** How many prefix matches are ranked: enough that big places are among them for a short prefix. */
const CANDIDATES = 400;
const LEVEL_RANK: Record<Place['level'], number> = {
  country: 0,
  admin1: 1,
  admin2: 2,
  region: 2,
  city: 3,
  town: 4,
  district: 5,
  village: 5,
  camp: 6,
  'border-crossing': 6,
  site: 7,
  road: 7,
};

/**
 * Places whose name starts with what the user typed, for the event editor's autocomplete:
 * exact names first, then the user's country, then curated places, bigger places and larger
 * units before smaller ones. Each comes with its coordinates, so picking one geocodes the event.
 */
export function suggestPlaces(
  gazetteer: Gazetteer,
  query: string,
  options: { limit?: number; country?: string | null } = {},
): Place[] {
  const key = nameKey(query);
  if (key.length < 2) return [];
  const exact = new Set(gazetteer.lookup(key));
  const rank = (e: EntryId) => [
    exact.has(e) ? 0 : 1,
    options.country && gazetteer.country(e) === options.country ? 0 : 1,
    gazetteer.isCurated(e) ? 0 : 1,
    LEVEL_RANK[gazetteer.level(e)] <= 1 ? 0 : 1,
    -gazetteer.population(e),
    LEVEL_RANK[gazetteer.level(e)],
  ];
  const ranked = [...new Set([...exact, ...gazetteer.entriesWithKeyPrefix(key, CANDIDATES)])]
    .map((e) => ({ e, rank: rank(e) }))
    .sort((a, b) => compareRanks(a.rank, b.rank));
  // One suggestion per distinct place: the same name, country and region twice is noise.
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const { e } of ranked) {
    const place = gazetteer.place(e);
    const id = `${place.name}|${place.country}|${place.admin1}|${place.level}`;
    if (seen.has(id)) continue;
    seen.add(id);
    places.push(place);
    if (places.length >= (options.limit ?? 8)) break;
  }
  return places;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}
