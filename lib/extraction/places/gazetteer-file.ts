import type { GazetteerAsset } from './asset';

/**
 * The gazetteer as shipped (public/gazetteer/gazetteer.dat): a binary file that is searched where
 * it lies. Loading it makes typed-array views over its bytes and parses a small JSON header; no
 * column is decoded and no table is built, so a background that wakes up pays almost nothing
 * before its first lookup. Lookups binary-search a sorted index of the keys (see SortedKeys).
 *
 * Layout (little-endian, every section 4-byte aligned):
 *   u32 MAGIC, u32 FORMAT_VERSION, u32 header length, header JSON (UTF-8, space-padded),
 *   then the sections the header lists by name, offset and length.
 */
export const MAGIC = 0x5a475243; // "CRGZ"
export const FORMAT_VERSION = 2;

/** What the header holds besides the sections: the small columns, kept as JSON. */
interface Header {
  entries: number;
  /** Runs of entries sorted by country and admin1: [ISO2 ("--" unknown), admin1 index or -1, count]. */
  runs: [string, number, number][];
  admin1Names: string[];
  demonyms: Record<string, string>;
  sources: string[];
  sections: Record<SectionName, [offset: number, length: number]>;
}

const SECTIONS = [
  'levels',
  'population',
  'lat',
  'lon',
  'keys',
  'lineStart',
  'keyIndex',
  'nameEntries',
  'nameStart',
  'nameBytes',
] as const;
type SectionName = (typeof SECTIONS)[number];

/** The file's columns, as views over its bytes. */
export interface GazetteerFile {
  entries: number;
  runs: [string, number, number][];
  admin1Names: string[];
  demonyms: Record<string, string>;
  sources: string[];
  /** Level code (see LEVEL_CODES) per entry, as a character code. */
  levels: Uint8Array;
  /** Population class per entry, as a character code (see populationCode). */
  population: Uint8Array;
  /** Latitude and longitude × 1,000 per entry. */
  lat: Int32Array;
  lon: Int32Array;
  /** The lookup keys in UTF-8: an entry's keys "|"-separated on one line, line e for entry e. */
  keys: Uint8Array;
  /** Where each entry's line starts in `keys`; one more, where a line after the last would start. */
  lineStart: Int32Array;
  /** Where every key starts in `keys` (keys after "al " also without it), in key order, then entry order. */
  keyIndex: Int32Array;
  /** The entries with a display name of their own (the rest are their first key in title case). */
  nameEntries: Int32Array;
  nameStart: Int32Array;
  nameBytes: Uint8Array;
}

/** The separators of the keys column: between an entry's keys, and between entries. */
export const PIPE = 124;
export const NEWLINE = 10;

/** Where the key that starts at `offset` ends: the next "|" or line end. */
export function keyEnd(keys: Uint8Array, offset: number): number {
  let end = offset;
  while (end < keys.length && keys[end] !== PIPE && keys[end] !== NEWLINE) end++;
  return end;
}

/**
 * Byte order of the key at `offset` against `key`'s first `keyLength` bytes (UTF-8 byte order is
 * code point order).
 */
export function compareKeyAt(
  keys: Uint8Array,
  offset: number,
  key: Uint8Array,
  keyLength = key.length,
): number {
  for (let i = 0; ; i++) {
    const a = offset + i < keys.length ? (keys[offset + i] as number) : NEWLINE;
    const stored = a === PIPE || a === NEWLINE ? -1 : a;
    const wanted = i < keyLength ? (key[i] as number) : -1;
    if (stored !== wanted) return stored - wanted;
    if (stored === -1) return 0;
  }
}

/** Encode a built asset as the shipped file (at build time, and for tests' small gazetteers). */
export function encodeGazetteerFile(asset: GazetteerAsset): Uint8Array {
  const encoder = new TextEncoder();
  const entries = asset.levels.length;
  const keys = encoder.encode(asset.keys);
  const lineStart = new Int32Array(entries + 1);
  const keyOffsets: number[] = [];
  for (let i = 0, e = 0, start = 0; i <= keys.length; i++) {
    const c = i < keys.length ? keys[i] : NEWLINE;
    if (c !== PIPE && c !== NEWLINE) continue;
    if (i > start) {
      keyOffsets.push(start);
      // "al raqqah" is also found as "raqqah" (as the names' own variants do).
      if (i - start >= 6 && keys[start] === 97 && keys[start + 1] === 108 && keys[start + 2] === 32) {
        keyOffsets.push(start + 3);
      }
    }
    if (c === NEWLINE && e < entries) lineStart[++e] = i + 1;
    start = i + 1;
  }
  lineStart[entries] = keys.length + 1;
  keyOffsets.sort((a, b) => compareKeys(keys, a, b) || a - b);

  const names = asset.names.split('\n');
  const nameEntries: number[] = [];
  const nameChunks: Uint8Array[] = [];
  const nameStart: number[] = [0];
  names.forEach((name, e) => {
    if (!name) return;
    const bytes = encoder.encode(name);
    nameEntries.push(e);
    nameChunks.push(bytes);
    nameStart.push((nameStart[nameStart.length - 1] as number) + bytes.length);
  });

  const lat = absolute(asset.lat);
  const lon = absolute(asset.lon);
  const sections: Record<SectionName, Uint8Array> = {
    levels: encoder.encode(asset.levels),
    population: encoder.encode(asset.population),
    lat: bytesOf(Int32Array.from(lat)),
    lon: bytesOf(Int32Array.from(lon)),
    keys,
    lineStart: bytesOf(lineStart),
    keyIndex: bytesOf(Int32Array.from(keyOffsets)),
    nameEntries: bytesOf(Int32Array.from(nameEntries)),
    nameStart: bytesOf(Int32Array.from(nameStart)),
    nameBytes: concat(nameChunks),
  };
  if (sections.levels.length !== entries || sections.population.length !== entries) {
    throw new Error('gazetteer: levels and population must be one ASCII character per entry');
  }

  // The header's length depends on the offsets it lists: lay the sections out after a generous guess.
  const meta = {
    entries,
    runs: asset.runs,
    admin1Names: asset.admin1Names,
    demonyms: asset.demonyms,
    sources: asset.sources,
  };
  let headerBytes = align(
    encoder.encode(JSON.stringify({ ...meta, sections: {} })).length + 64 * SECTIONS.length,
  );
  for (;;) {
    const layout = {} as Record<SectionName, [number, number]>;
    let at = 12 + headerBytes;
    for (const name of SECTIONS) {
      layout[name] = [at, sections[name].length];
      at = align(at + sections[name].length);
    }
    const header = encoder.encode(JSON.stringify({ ...meta, sections: layout } satisfies Header));
    if (header.length > headerBytes) {
      headerBytes = align(header.length);
      continue;
    }
    const file = new Uint8Array(at);
    const words = new DataView(file.buffer);
    words.setUint32(0, MAGIC, true);
    words.setUint32(4, FORMAT_VERSION, true);
    words.setUint32(8, headerBytes, true);
    file.fill(32, 12, 12 + headerBytes);
    file.set(header, 12);
    for (const name of SECTIONS) file.set(sections[name], layout[name][0]);
    return file;
  }
}

/** Views over a shipped file's bytes (copied once only if they are not 4-byte aligned). */
export function readGazetteerFile(data: ArrayBuffer | Uint8Array): GazetteerFile {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || words.getUint32(0, true) !== MAGIC) {
    throw new Error('gazetteer: this is not a gazetteer file (run `npm run gazetteer` to build it again)');
  }
  if (words.getUint32(4, true) !== FORMAT_VERSION) {
    throw new Error(
      'gazetteer: the file is of another format version (run `npm run gazetteer` to build it again)',
    );
  }
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new Error('gazetteer: this machine is big-endian, which the file format does not support');
  }
  const headerLength = words.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  const section = (name: SectionName) => {
    const [offset, length] = header.sections[name];
    if (offset % 4 !== 0 || offset + length > bytes.length)
      throw new Error(`gazetteer: section ${name} is cut off`);
    return bytes.subarray(offset, offset + length);
  };
  const ints = (name: SectionName) => {
    const part = section(name);
    return new Int32Array(part.buffer, part.byteOffset, part.length / 4);
  };
  return {
    entries: header.entries,
    runs: header.runs,
    admin1Names: header.admin1Names,
    demonyms: header.demonyms,
    sources: header.sources,
    levels: section('levels'),
    population: section('population'),
    lat: ints('lat'),
    lon: ints('lon'),
    keys: section('keys'),
    lineStart: ints('lineStart'),
    keyIndex: ints('keyIndex'),
    nameEntries: ints('nameEntries'),
    nameStart: ints('nameStart'),
    nameBytes: section('nameBytes'),
  };
}

function compareKeys(keys: Uint8Array, a: number, b: number): number {
  return compareKeyAt(keys, a, keys.subarray(b, keyEnd(keys, b)));
}

/** The asset stores each coordinate as the difference from the previous entry's. */
function absolute(deltas: readonly number[]): number[] {
  let sum = 0;
  return deltas.map((delta) => (sum += delta));
}

const bytesOf = (array: Int32Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
const align = (n: number) => Math.ceil(n / 4) * 4;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
