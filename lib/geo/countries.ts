import table from '../data/countries/acled-countries.json';

/** A country as ACLED's exports name it. */
export interface AcledCountry {
  /** ISO 3166-1 alpha-2 code, as the log stores it. */
  code: string;
  /** ISO 3166-1 numeric code (ACLED's `iso` column); null for Kosovo, which has none. */
  iso: number | null;
  /** ISO 3166-1 alpha-3 code (XKX for Kosovo, as ACLED's ids write it). */
  iso3: string;
  name: string;
  region: string;
}

const byCode = new Map<string, AcledCountry>(
  Object.entries(table.countries).map(([code, c]) => [
    code,
    { code, iso: c.iso, iso3: c.iso3, name: c.name, region: c.region },
  ]),
);
const byIso = new Map([...byCode.values()].flatMap((c) => (c.iso === null ? [] : [[c.iso, c] as const])));
const byName = new Map([...byCode.values()].map((c) => [c.name.toLowerCase(), c]));

/** The country of an ISO alpha-2 code; undefined for a code the table does not know. */
export function countryOfCode(code: string): AcledCountry | undefined {
  return byCode.get(code.toUpperCase());
}

/**
 * The country an ACLED row names: by its numeric `iso` code first (unambiguous), else by its
 * name as ACLED spells it (Kosovo has no numeric code; ACLED writes 0).
 */
export function countryOfAcled(iso: number | null, name: string): AcledCountry | undefined {
  return (iso === null ? undefined : byIso.get(iso)) ?? byName.get(name.trim().toLowerCase());
}

/** Every country ACLED's exports may name, by name. */
export function allCountries(): AcledCountry[] {
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}
