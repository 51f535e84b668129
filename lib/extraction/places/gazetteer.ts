import type { Place, PlaceLevel } from '../../schema/mention';
import type { GazetteerAsset } from './asset';
import { LEVEL_CODES, populationOfCode, titleCase } from './asset';
import { curatedSupplement, type SupplementPlace } from './supplement';
import { nameKey, skeleton, withoutArticle } from './variants';

/** One gazetteer entry as a number: index into the columns below. */
export type EntryId = number;

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
  /** The asset's keys column, kept whole: the hash table points into it. */
  private readonly keyText: string;
  /** Where each asset entry's line starts in keyText. */
  private readonly lineStart: Int32Array;
  /** Open-addressing hash table over every key in keyText: offset, length, entry (-1 empty). */
  private readonly slotOffset: Int32Array;
  private readonly slotLength: Int32Array;
  private readonly slotEntry: Int32Array;
  private readonly slotMask: number;
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
    this.keyText = asset.keys;
    this.lineStart = new Int32Array(base + 1);
    let slots = 1024;
    while (slots < asset.keys.length / 4) slots *= 2; // keys average well over 4 characters with separators
    this.slotOffset = new Int32Array(slots);
    this.slotLength = new Int32Array(slots);
    this.slotEntry = new Int32Array(slots).fill(-1);
    this.slotMask = slots - 1;
    this.indexKeyText(base);
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

  /**
   * Hash every key of the asset in place (no substring is allocated): a key spans from a line
   * start or "|" to the next "|" or "\n". Keys starting "al " are also hashed without it.
   */
  private indexKeyText(entries: number): void {
    const text = this.keyText;
    const n = text.length;
    let e = 0;
    let start = 0;
    let h = FNV_OFFSET;
    let hBare = FNV_OFFSET;
    const bareFrom = () => (text.startsWith('al ', start) ? start + 3 : -1);
    let bareStart = bareFrom();
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 10;
      if (c === 124 /* | */ || c === 10 /* \n */) {
        if (i > start) {
          this.insert(h, start, i - start, e);
          if (bareStart >= 0 && i - bareStart >= 3) this.insert(hBare, bareStart, i - bareStart, e);
        }
        if (c === 10) {
          e++;
          if (e <= entries) this.lineStart[e] = i + 1;
        }
        start = i + 1;
        h = FNV_OFFSET;
        hBare = FNV_OFFSET;
        bareStart = bareFrom();
        continue;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (bareStart >= 0 && i >= bareStart) hBare = Math.imul(hBare ^ c, FNV_PRIME);
    }
  }

  private insert(hash: number, offset: number, length: number, e: EntryId): void {
    let slot = hash & this.slotMask;
    while (this.slotEntry[slot] !== -1) slot = (slot + 1) & this.slotMask;
    this.slotOffset[slot] = offset;
    this.slotLength[slot] = length;
    this.slotEntry[slot] = e;
  }

  private putCurated(key: string, e: EntryId): void {
    const list = this.curatedKeys.get(key);
    if (!list) this.curatedKeys.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  /** Entries stored under a key (see nameKey): curated ones first. */
  lookup(key: string): readonly EntryId[] {
    const curated = this.curatedKeys.get(key);
    let found: EntryId[] | null = curated ? [...curated] : null;
    let h = FNV_OFFSET;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
    const text = this.keyText;
    for (let slot = h & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const e = this.slotEntry[slot] as number;
      if (e === -1) break;
      if (this.slotLength[slot] === key.length && text.startsWith(key, this.slotOffset[slot])) {
        if (!found) found = [e];
        else if (!found.includes(e)) found.push(e);
      }
    }
    return found ?? EMPTY;
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
    const text = this.keyText;
    for (const boundary of ['\n', '|']) {
      const needle = boundary + prefix;
      for (let at = text.indexOf(needle); at !== -1 && found.size < max; at = text.indexOf(needle, at + 1)) {
        found.add(this.entryAtOffset(at + 1));
      }
    }
    if (text.startsWith(prefix)) found.add(0);
    return [...found].slice(0, max);
  }

  /** The asset entry whose line holds the key text offset. */
  private entryAtOffset(offset: number): EntryId {
    let lo = 0;
    let hi = this.supplementStart - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.lineStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Every key of an entry. */
  keysOfEntry(e: EntryId): string[] {
    if (e >= this.supplementStart) return (this.curatedKeyList[e - this.supplementStart] ?? '').split('|');
    const from = this.lineStart[e] as number;
    let to = this.keyText.indexOf('\n', from);
    if (to < 0) to = this.keyText.length;
    return this.keyText.slice(from, to).split('|');
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
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

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
