import type { Place, PlaceLevel } from '../../schema/mention';
import type { GazetteerAsset } from './asset';
import { LEVEL_CODES, populationOfCode, titleCase } from './asset';
import { encodeGazetteerFile, readGazetteerFile, type GazetteerFile } from './gazetteer-file';
import { SortedKeys, type EntryId } from './key-table';
import { curatedSupplement, type SupplementPlace } from './supplement';
import { nameKey, skeleton, withoutArticle } from './variants';

export type { EntryId } from './key-table';

export interface LoadOptions {
  /** Curated places to add; defaults to lib/data/places/supplement.json. Pass [] for none. */
  supplement?: readonly SupplementPlace[];
}

/**
 * The world gazetteer: the shipped file's columns, searched where they lie (see
 * readGazetteerFile), plus the curated supplement's few places in memory. Built from the file's
 * bytes (see scripts/gazetteer/build-gazetteer.ts); holds no I/O: callers fetch or read the file.
 */
export class Gazetteer {
  readonly size: number;
  /** The file's keys, sorted for binary search. */
  private readonly keys: SortedKeys;
  private readonly file: GazetteerFile;
  /** Where each run of entries of one country and admin1 starts (see GazetteerFile.runs). */
  private readonly runStart: Int32Array;
  private readonly decoder = new TextDecoder();
  /** Keys of curated entries (few, so a plain map). */
  private readonly curatedKeys = new Map<string, EntryId[]>();
  private readonly curatedKeyList: string[] = [];
  private readonly supplement: readonly SupplementPlace[];
  /** Entries from the curated supplement: the index they start at. */
  readonly supplementStart: number;
  readonly parentOf = new Map<EntryId, string>();
  readonly demonyms: ReadonlyMap<string, string>;
  /** Admin1 entries by "CC.admin1 name", and country entries by ISO2 (made on first use). */
  private admin1ByName: Map<string, EntryId> | null = null;
  private countryEntry: Map<string, EntryId> | null = null;
  private readonly skeletons = new Map<string, Map<string, EntryId[]>>();

  constructor(file: GazetteerFile, supplement: readonly SupplementPlace[]) {
    const base = file.entries;
    this.file = file;
    this.size = base + supplement.length;
    this.supplementStart = base;
    this.supplement = supplement;
    this.keys = new SortedKeys(file);
    this.runStart = new Int32Array(file.runs.length + 1);
    file.runs.forEach(([, , count], r) => (this.runStart[r + 1] = (this.runStart[r] as number) + count));
    supplement.forEach((place, s) => {
      const e = base + s;
      const keys = [place.name, ...place.aliases].map(nameKey).filter(Boolean);
      this.curatedKeyList[s] = keys.join('|');
      for (const key of keys) {
        this.putCurated(key, e);
        const bare = withoutArticle(key);
        if (bare && bare.length >= 3) this.putCurated(bare, e);
      }
      if (place.parent) this.parentOf.set(e, place.parent);
    });
    this.demonyms = new Map(Object.entries(file.demonyms));
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

  /** An entry's first key: the one its own name gives (see isOwnName). */
  firstKeyOfEntry(e: EntryId): string {
    if (e >= this.supplementStart) return this.keysOfEntry(e)[0] as string;
    return this.keys.firstKeyOf(e);
  }

  /** Whether an entry's first key is `key` (firstKeyOfEntry(e) === key, mostly without decoding). */
  firstKeyIs(e: EntryId, key: string): boolean {
    if (e >= this.supplementStart) return this.firstKeyOfEntry(e) === key;
    return this.keys.firstKeyIs(e, key);
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

  /** A country's entries: its runs in the file (which is sorted by country), then curated ones. */
  private entriesOf(country: string): EntryId[] {
    const entries: EntryId[] = [];
    this.file.runs.forEach(([iso], r) => {
      if (iso !== country) return;
      for (let e = this.runStart[r] as number; e < (this.runStart[r + 1] as number); e++) entries.push(e);
    });
    this.supplement.forEach((place, s) => {
      if (place.country === country) entries.push(this.supplementStart + s);
    });
    return entries;
  }

  /** The run of the file's entries that holds `e`. */
  private runOf(e: EntryId): [string, number, number] {
    let lo = 0;
    let hi = this.file.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.runStart[mid] as number) <= e) lo = mid;
      else hi = mid - 1;
    }
    return this.file.runs[lo] as [string, number, number];
  }

  private curated(e: EntryId): SupplementPlace | null {
    return e >= this.supplementStart ? (this.supplement[e - this.supplementStart] ?? null) : null;
  }

  level(e: EntryId): PlaceLevel {
    const curated = this.curated(e);
    if (curated) return curated.level;
    return LEVEL_OF_CODE[this.file.levels[e] as number] ?? 'town';
  }

  country(e: EntryId): string {
    return this.curated(e)?.country ?? this.runOf(e)[0];
  }

  admin1(e: EntryId): string | null {
    const curated = this.curated(e);
    if (curated) return curated.admin1 ?? null;
    const a1 = this.runOf(e)[1];
    return a1 >= 0 ? (this.file.admin1Names[a1] ?? null) : null;
  }

  population(e: EntryId): number {
    return POPULATION_OF_CODE[this.curated(e) ? 48 : (this.file.population[e] as number)] as number;
  }

  isCurated(e: EntryId): boolean {
    return e >= this.supplementStart;
  }

  coordinates(e: EntryId): { lat: number; lon: number } {
    return this.coordinatesInto(e, { lat: 0, lon: 0 });
  }

  /** An entry's coordinates written into `out`, for loops over many entries that keep no copy. */
  coordinatesInto<T extends { lat: number; lon: number }>(e: EntryId, out: T): T {
    const curated = this.curated(e);
    out.lat = curated ? curated.lat : (this.file.lat[e] as number) / 1e3;
    out.lon = curated ? curated.lon : (this.file.lon[e] as number) / 1e3;
    return out;
  }

  name(e: EntryId): string {
    const curated = this.curated(e);
    if (curated) return curated.name;
    const stored = this.storedName(e);
    return stored ? stored : titleCase(this.firstKeyOfEntry(e));
  }

  /** The display name the file stores for an entry, if any (a binary search over the few that have one). */
  private storedName(e: EntryId): string | null {
    const { nameEntries, nameStart, nameBytes } = this.file;
    let lo = 0;
    let hi = nameEntries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = nameEntries[mid] as number;
      if (at === e) {
        return this.decoder.decode(
          nameBytes.subarray(nameStart[mid] as number, nameStart[mid + 1] as number),
        );
      }
      if (at < e) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** The admin1 entry a place lies in, if the gazetteer has it. */
  admin1Entry(e: EntryId): EntryId | null {
    if (this.level(e) === 'admin1') return e;
    const admin1 = this.admin1(e);
    return admin1 ? (this.regionEntries().admin1ByName.get(`${this.country(e)}.${admin1}`) ?? null) : null;
  }

  countryEntryOf(iso2: string): EntryId | null {
    return this.regionEntries().countryEntry.get(iso2) ?? null;
  }

  /** The file's admin1 and country entries, found by one scan of the levels on first use. */
  private regionEntries(): { admin1ByName: Map<string, EntryId>; countryEntry: Map<string, EntryId> } {
    if (!this.admin1ByName || !this.countryEntry) {
      const admin1ByName = new Map<string, EntryId>();
      const countryEntry = new Map<string, EntryId>();
      const { levels } = this.file;
      for (let e = 0; e < levels.length; e++) {
        const level = levels[e];
        if (level === 65 /* A */) admin1ByName.set(`${this.country(e)}.${this.admin1(e)}`, e);
        else if (level === 67 /* C */) countryEntry.set(this.country(e), e);
      }
      this.admin1ByName = admin1ByName;
      this.countryEntry = countryEntry;
    }
    return { admin1ByName: this.admin1ByName, countryEntry: this.countryEntry };
  }

  place(e: EntryId, level: PlaceLevel = this.level(e), name = this.name(e)): Place {
    const country = this.country(e);
    const { lat, lon } = this.coordinates(e);
    return {
      name,
      country: /^[A-Z]{2}$/.test(country) ? country : null,
      admin1: level === 'country' ? null : this.admin1(e),
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      level,
    };
  }
}

const EMPTY: readonly EntryId[] = [];

/** LEVEL_CODES and populationOfCode by character code, for the columns' bytes (read per candidate). */
const LEVEL_OF_CODE: readonly (PlaceLevel | undefined)[] = Array.from(
  { length: 256 },
  (_, code) => LEVEL_CODES[String.fromCharCode(code)],
);
const POPULATION_OF_CODE = Float64Array.from({ length: 256 }, (_, code) => populationOfCode(code));

/**
 * The gazetteer from the shipped file's bytes (as fetch().arrayBuffer() or readFile() give
 * them), or from a built asset (tests' small gazetteers, encoded first).
 */
export function loadGazetteer(
  data: GazetteerAsset | ArrayBuffer | Uint8Array,
  options: LoadOptions = {},
): Gazetteer {
  const bytes = data instanceof ArrayBuffer || data instanceof Uint8Array ? data : encodeGazetteerFile(data);
  return new Gazetteer(readGazetteerFile(bytes), options.supplement ?? curatedSupplement());
}
