import type { PlaceLevel } from '../../schema/mention';

/**
 * The gazetteer as the build makes it, columnar: entry i is described by the i-th item of every
 * column. It is shipped encoded (see gazetteer-file.ts), in a form searched where it lies.
 */
export interface GazetteerAsset {
  version: 1;
  /**
   * Display names, "\n"-separated; empty where the name is the first key in title case
   * ("aleppo" → "Aleppo"), which is most of them.
   */
  names: string;
  /** Level codes, one character per entry (see LEVEL_CODES). */
  levels: string;
  /**
   * Entries are sorted by country and admin1: runs of [ISO2 ("--" unknown), index into
   * `admin1Names` (-1 unknown), number of entries].
   */
  runs: [string, number, number][];
  /** Admin1 names as an ACLED coder writes them in the admin1 column ("Aleppo", "Rif Dimashq"). */
  admin1Names: string[];
  /** Latitude and longitude × 1,000, rounded (about 100 m), each stored as the difference from the previous entry's. */
  lat: number[];
  lon: number[];
  /** Population class per entry, one character: code − 48 = round(2 × log10(population + 1)). */
  population: string;
  /** Lookup keys (see nameKey), "|"-separated per entry and "\n"-separated between entries. */
  keys: string;
  /** Demonym key → ISO2, for telling the focus country ("Syrian" → SY); never places. */
  demonyms: Record<string, string>;
  sources: string[];
}

export const LEVEL_CODES: Readonly<Record<string, PlaceLevel>> = {
  C: 'country',
  A: 'admin1',
  B: 'admin2',
  R: 'region',
  c: 'city',
  t: 'town',
  v: 'village',
  d: 'district',
  k: 'camp',
  s: 'site',
  x: 'border-crossing',
  r: 'road',
};

export const CODE_OF_LEVEL: Readonly<Record<PlaceLevel, string>> = Object.fromEntries(
  Object.entries(LEVEL_CODES).map(([code, level]) => [level, code]),
) as Record<PlaceLevel, string>;

export function populationCode(population: number): string {
  return String.fromCharCode(48 + Math.min(40, Math.round(2 * Math.log10(Math.max(0, population) + 1))));
}

export function populationOfCode(code: number): number {
  return Math.round(10 ** ((code - 48) / 2));
}

/** "deir al zor" → "Deir Al Zor": the display name an entry gets when the asset stores none. */
export function titleCase(key: string): string {
  return key.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}
