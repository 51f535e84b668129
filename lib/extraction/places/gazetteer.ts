import type { Place, PlaceLevel } from '../../schema/mention';
import type { GazetteerAsset } from './asset';
import { LEVEL_CODES, populationOfCode, titleCase } from './asset';
import { KeyTable, type EntryId } from './key-table';
import { curatedSupplement, type SupplementPlace } from './supplement';
import { nameKey, skeleton, withoutArticle } from './variants';

export type { EntryId } from './key-table';

export interface LoadOptions {
  /** Curated places to add; defaults to lib/data/places/supplement.json. Pass [] for none. */
  supplement?: readonly SupplementPlace[];
}

/**
 * The world gazetteer in memory: columns per entry plus a map from lookup key to entries.
 * Built from the generated asset (see scripts/gazetteer/build-gazetteer.ts) and the curated
 * supplement. Holds no I/O: callers fetch or read the asset and pass its content.
 */
export class Gazetteer {
  readonly size: number;
  private readonly names: string[];
  /** The asset's keys, hashed. */
  private readonly keys: KeyTable;
  /** Keys of curated entries (few, so a plain map). */
  private readonly curatedKeys = new Map<string, EntryId[]>();
  private readonly curatedKeyList: string[] = [];
  private readonly levels: string;
  private readonly countryOf: string[];
  private readonly admin1Of: (string | null)[];
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  /** Population class per entry (see populationCode), decoded on demand. */
  private readonly popCodes: string;
  /** Entries from the curated supplement: the index they start at. */
  readonly supplementStart: number;
  readonly parentOf = new Map<EntryId, string>();
  readonly demonyms: ReadonlyMap<string, string>;
  /** Admin1 entries by "CC.admin1 name". */
  private readonly admin1ByName = new Map<string, EntryId>();
  private readonly countryEntry = new Map<string, EntryId>();
  private readonly skeletons = new Map<string, Map<string, EntryId[]>>();
  private readonly entriesByCountry = new Map<string, EntryId[]>();

  constructor(asset: GazetteerAsset, supplement: readonly SupplementPlace[]) {
    const names = asset.names.split('\n');
    const base = asset.levels.length;
    const total = base + supplement.length;
    this.size = total;
    this.supplementStart = base;
    this.names = names;
    this.keys = new KeyTable(asset.keys, base);
    let levels = asset.levels;
    this.countryOf = new Array<string>(total);
    this.admin1Of = new Array<string | null>(total);
    this.lat = new Float64Array(total);
    this.lon = new Float64Array(total);
    this.popCodes = asset.population + '0'.repeat(supplement.length);

    let i = 0;
    for (const [country, a1, count] of asset.runs) {
      const admin1 = a1 >= 0 ? (asset.admin1Names[a1] ?? null) : null;
      for (let k = 0; k < count; k++, i++) {
        this.countryOf[i] = country;
        this.admin1Of[i] = admin1;
      }
    }
    let lat = 0;
    let lon = 0;
    for (let e = 0; e < base; e++) {
      lat += asset.lat[e] as number;
      lon += asset.lon[e] as number;
      this.lat[e] = lat / 1e3;
      this.lon[e] = lon / 1e3;
      const level = levels.charCodeAt(e);
      if (level === 65 /* A */) this.admin1ByName.set(`${this.countryOf[e]}.${this.admin1Of[e]}`, e);
      else if (level === 67 /* C */) this.countryEntry.set(this.countryOf[e] as string, e);
    }

    supplement.forEach((place, s) => {
      const e = base + s;
      names[e] = place.name;
      this.countryOf[e] = place.country;
      this.admin1Of[e] = place.admin1;
      this.lat[e] = place.lat;
      this.lon[e] = place.lon;
      levels += codeOfLevel(place.level);
      const keys = [place.name, ...place.aliases].map(nameKey).filter(Boolean);
      this.curatedKeyList[s] = keys.join('|');
      for (const key of keys) {
        this.putCurated(key, e);
        const bare = withoutArticle(key);
        if (bare && bare.length >= 3) this.putCurated(bare, e);
      }
      if (place.parent) this.parentOf.set(e, place.parent);
    });
    this.levels = levels;
    this.demonyms = new Map(Object.entries(asset.demonyms));
  }

  private putCurated(key: string, e: EntryId): void {
    const list = this.curatedKeys.get(key);
    if (!list) this.curatedKeys.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  /** Entries stored under a key (see nameKey): curated ones first. */
  lookup(key: string): readonly EntryId[] {
    const curated = this.curatedKeys.get(key);
    return this.keys.lookup(key, curated ? [...curated] : null) ?? EMPTY;
  }

  /**
   * Entries with a key starting with `prefix` (see nameKey), for autocompletion: curated ones,
   * then the asset's in file order, at most `max` of them. A scan of the key text (a few ms).
   */
  entriesWithKeyPrefix(prefix: string, max: number): EntryId[] {
    const found = new Set<EntryId>();
    this.curatedKeys.forEach((entries, key) => {
      if (key.startsWith(prefix)) for (const e of entries) found.add(e);
    });
    this.keys.addEntriesWithPrefix(prefix, max, found);
    return [...found].slice(0, max);
  }

  /** Every key of an entry. */
  keysOfEntry(e: EntryId): string[] {
    if (e >= this.supplementStart) return (this.curatedKeyList[e - this.supplementStart] ?? '').split('|');
    return this.keys.keysOf(e);
  }

  /** Entries of one country whose name has the given consonant skeleton (built per country on first use). */
  lookupSkeleton(country: string, skel: string): readonly EntryId[] {
    let map = this.skeletons.get(country);
    if (!map) {
      map = new Map();
      for (const e of this.entriesOf(country)) {
        for (const key of this.keysOfEntry(e)) {
          const sk = skeleton(key);
          if (sk.length < 3) continue;
          const list = map.get(sk);
          if (!list) map.set(sk, [e]);
          else if (!list.includes(e)) list.push(e);
        }
      }
      this.skeletons.set(country, map);
    }
    return map.get(skel) ?? EMPTY;
  }

  private entriesOf(country: string): EntryId[] {
    if (this.entriesByCountry.size === 0) {
      for (let e = 0; e < this.size; e++) {
        const c = this.countryOf[e] as string;
        const list = this.entriesByCountry.get(c);
        if (list) list.push(e);
        else this.entriesByCountry.set(c, [e]);
      }
    }
    return this.entriesByCountry.get(country) ?? [];
  }

  level(e: EntryId): PlaceLevel {
    return LEVEL_CODES[this.levels.charAt(e)] ?? 'town';
  }

  country(e: EntryId): string {
    return this.countryOf[e] as string;
  }

  admin1(e: EntryId): string | null {
    return this.admin1Of[e] ?? null;
  }

  population(e: EntryId): number {
    return populationOfCode(this.popCodes.charCodeAt(e));
  }

  isCurated(e: EntryId): boolean {
    return e >= this.supplementStart;
  }

  coordinates(e: EntryId): { lat: number; lon: number } {
    return { lat: this.lat[e] as number, lon: this.lon[e] as number };
  }

  name(e: EntryId): string {
    const stored = this.names[e];
    return stored ? stored : titleCase(this.keysOfEntry(e)[0] ?? '');
  }

  /** The admin1 entry a place lies in, if the gazetteer has it. */
  admin1Entry(e: EntryId): EntryId | null {
    if (this.level(e) === 'admin1') return e;
    const admin1 = this.admin1Of[e];
    return admin1 ? (this.admin1ByName.get(`${this.countryOf[e]}.${admin1}`) ?? null) : null;
  }

  countryEntryOf(iso2: string): EntryId | null {
    return this.countryEntry.get(iso2) ?? null;
  }

  place(e: EntryId, level: PlaceLevel = this.level(e), name = this.name(e)): Place {
    const country = this.countryOf[e] as string;
    return {
      name,
      country: /^[A-Z]{2}$/.test(country) ? country : null,
      admin1: level === 'country' ? null : this.admin1(e),
      lat: Math.round((this.lat[e] as number) * 1e4) / 1e4,
      lon: Math.round((this.lon[e] as number) * 1e4) / 1e4,
      level,
    };
  }
}

const EMPTY: readonly EntryId[] = [];

function codeOfLevel(level: PlaceLevel): string {
  for (const [code, l] of Object.entries(LEVEL_CODES)) if (l === level) return code;
  return 't';
}

/**
 * Build the in-memory gazetteer from the asset's content: the parsed object, its JSON text or
 * its bytes (as fetch().arrayBuffer() or readFile() give them).
 */
export function loadGazetteer(
  data: GazetteerAsset | string | ArrayBuffer | Uint8Array,
  options: LoadOptions = {},
): Gazetteer {
  let asset: GazetteerAsset;
  if (typeof data === 'string') asset = JSON.parse(data) as GazetteerAsset;
  else if (data instanceof ArrayBuffer || data instanceof Uint8Array)
    asset = JSON.parse(new TextDecoder().decode(data)) as GazetteerAsset;
  else asset = data;
  if (!asset || asset.version !== 1 || typeof asset.keys !== 'string')
    throw new Error('gazetteer: not a version 1 gazetteer asset');
  return new Gazetteer(asset, options.supplement ?? curatedSupplement());
}
