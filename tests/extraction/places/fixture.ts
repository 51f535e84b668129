import {
  buildGazetteerAsset,
  type StateCityInput,
  type StateInput,
} from '@/scripts/gazetteer/build-gazetteer';
import { loadGazetteer, type Gazetteer } from '@/lib/extraction/places/gazetteer';
import type { GazetteerAsset } from '@/lib/extraction/places/asset';

/** [name, asciiname, alternates, lat, lon, feature code, country, admin1 code, population] */
type Row = [string, string, string, number, number, string, string, string, number];

const ROWS: Row[] = [
  [
    'Aleppo',
    'Aleppo',
    'ALP,Alep,Halab,Haleb,Ḩalab,aleppo,حلب',
    36.20124,
    37.16117,
    'PPLA',
    'SY',
    '09',
    1_800_000,
  ],
  ['Homs', 'Homs', 'Hims,Ḩimş,Emesa', 34.72682, 36.72339, 'PPLA', 'SY', '11', 775_000],
  ['Damascus', 'Damascus', 'Dimashq,Damas,Ash Sham', 33.5102, 36.29128, 'PPLC', 'SY', '13', 1_569_000],
  ['Dar‘ā', 'Dar`a', 'Daraa,Deraa,Dara,درعا', 32.61889, 36.10213, 'PPLA', 'SY', '06', 97_000],
  ['Deir ez-Zor', 'Deir ez-Zor', 'Dayr az Zawr,Deir ez Zor', 35.33588, 40.14084, 'PPLA', 'SY', '07', 242_000],
  ['Tadmur', 'Tadmur', 'Palmyra,Tadmor', 34.56, 38.27, 'PPL', 'SY', '11', 51_000],
  ['Ar Rastan', 'Ar Rastan', 'Rastan', 34.92667, 36.73241, 'PPL', 'SY', '11', 50_000],
  ['Al Khums', 'Al Khums', 'Homs,Khoms', 32.64861, 14.26191, 'PPLA', 'LY', '30', 201_000],
  ['Tripoli', 'Tripoli', 'Tarabulus', 32.88743, 13.18733, 'PPLC', 'LY', '34', 1_150_000],
  ['Tripoli', 'Tripoli', 'Trablous,Tarabulus ash Sham', 34.43667, 35.84972, 'PPLA', 'LB', '09', 229_000],
  ['Al Marj', 'Al Marj', 'Marj,Barce', 32.49, 20.83, 'PPLA', 'LY', '19', 85_000],
  ['Mobile', 'Mobile', 'Mobil', 30.69436, -88.04305, 'PPLA2', 'US', 'AL', 190_000],
  ['Khartoum', 'Khartoum', 'Al Khurtum,Khartum', 15.55177, 32.53241, 'PPLC', 'SD', '29', 1_974_000],
  ['Omdurman', 'Omdurman', 'Umm Durman', 15.64453, 32.47773, 'PPL', 'SD', '29', 1_200_000],
  ['Kharkiv', 'Kharkiv', 'Kharkov,Charkiw', 49.98081, 36.25272, 'PPLA', 'UA', '07', 1_430_000],
  ['Kupiansk', 'Kupiansk', 'Kupyansk', 49.71, 37.61, 'PPLA2', 'UA', '07', 27_000],
  ['Idris', 'Idris', '', 38.1, 40.2, 'PPL', 'TR', '21', 1_500],
  ['Bozhuyuk', 'Bozhuyuk', 'Taliban', 39.9, 30.0, 'PPL', 'TR', '11', 1_000],
  ['Nice', 'Nice', 'Nizza,Nis', 43.70313, 7.26608, 'PPLA2', 'FR', '93', 342_000],
  ['Niš', 'Nis', 'Nissa', 43.32472, 21.90333, 'PPLA', 'RS', '00', 260_000],
  ['Woodstock', 'Woodstock', '', 42.31474, -88.4487, 'PPLA2', 'US', 'IL', 25_000],
  ['Woodstock', 'Woodstock', '', 43.62424, -72.51843, 'PPL', 'US', 'VT', 3_000],
  ['Sankt Gallen', 'Sankt Gallen', 'Saint Gallen,Saint-Gall', 47.42391, 9.37477, 'PPLA', 'CH', 'SG', 70_000],
  ['Port of Spain', 'Port of Spain', '', 10.66668, -61.51889, 'PPLC', 'TT', '05', 49_000],
  [
    'Santa Cruz de la Sierra',
    'Santa Cruz de la Sierra',
    'Santa Cruz',
    -17.78629,
    -63.18117,
    'PPLA',
    'BO',
    '08',
    1_365_000,
  ],
];

const COUNTRIES = [
  {
    cca2: 'SY',
    name: { common: 'Syria', official: 'Syrian Arab Republic' },
    altSpellings: ['SY'],
    latlng: [35, 38],
    demonyms: { eng: { f: 'Syrian', m: 'Syrian' } },
  },
  {
    cca2: 'JO',
    name: { common: 'Jordan', official: 'Hashemite Kingdom of Jordan' },
    altSpellings: ['JO'],
    latlng: [31, 36],
    demonyms: { eng: { f: 'Jordanian', m: 'Jordanian' } },
  },
  {
    cca2: 'LY',
    name: { common: 'Libya', official: 'State of Libya' },
    altSpellings: ['LY'],
    latlng: [25, 17],
    demonyms: { eng: { f: 'Libyan', m: 'Libyan' } },
  },
  {
    cca2: 'LB',
    name: { common: 'Lebanon', official: 'Lebanese Republic' },
    altSpellings: ['LB'],
    latlng: [33.83, 35.83],
    demonyms: { eng: { f: 'Lebanese', m: 'Lebanese' } },
  },
  {
    cca2: 'SD',
    name: { common: 'Sudan', official: 'Republic of the Sudan' },
    altSpellings: ['SD'],
    latlng: [15, 30],
    demonyms: { eng: { f: 'Sudanese', m: 'Sudanese' } },
  },
  {
    cca2: 'SS',
    name: { common: 'South Sudan', official: 'Republic of South Sudan' },
    altSpellings: ['SS'],
    latlng: [7, 30],
    demonyms: { eng: { f: 'South Sudanese', m: 'South Sudanese' } },
  },
  {
    cca2: 'UA',
    name: { common: 'Ukraine', official: 'Ukraine' },
    altSpellings: ['UA', 'Ukrayina'],
    latlng: [49, 32],
    demonyms: { eng: { f: 'Ukrainian', m: 'Ukrainian' } },
  },
  {
    cca2: 'RU',
    name: { common: 'Russia', official: 'Russian Federation' },
    altSpellings: ['RU'],
    latlng: [60, 100],
    demonyms: { eng: { f: 'Russian', m: 'Russian' } },
  },
  {
    cca2: 'US',
    name: { common: 'United States', official: 'United States of America' },
    altSpellings: ['US', 'USA'],
    latlng: [38, -97],
    demonyms: { eng: { f: 'American', m: 'American' } },
  },
  {
    cca2: 'TR',
    name: { common: 'Turkey', official: 'Republic of Turkey' },
    altSpellings: ['TR'],
    latlng: [39, 35],
    demonyms: { eng: { f: 'Turkish', m: 'Turkish' } },
  },
];

const STATES: StateInput[] = [
  { name: 'Aleppo Governorate', isoCode: 'HL', countryCode: 'SY', latitude: '36.2', longitude: '37.5' },
  { name: 'Homs Governorate', isoCode: 'HI', countryCode: 'SY', latitude: '34.2', longitude: '38.3' },
  { name: 'Damascus Governorate', isoCode: 'DI', countryCode: 'SY', latitude: '33.5', longitude: '36.3' },
  { name: 'Daraa Governorate', isoCode: 'DR', countryCode: 'SY', latitude: '32.9', longitude: '36.2' },
  { name: 'Deir ez-Zor Governorate', isoCode: 'DY', countryCode: 'SY', latitude: '35.3', longitude: '40.3' },
  { name: 'Murqub', isoCode: 'MB', countryCode: 'LY', latitude: '32.5', longitude: '14.0' },
  { name: 'Tripoli District', isoCode: 'TB', countryCode: 'LY', latitude: '32.8', longitude: '13.1' },
  { name: 'Marj District', isoCode: 'MJ', countryCode: 'LY', latitude: '32.4', longitude: '20.8' },
  { name: 'North Governorate', isoCode: 'AS', countryCode: 'LB', latitude: '34.4', longitude: '35.9' },
  { name: 'Khartoum', isoCode: 'KH', countryCode: 'SD', latitude: '15.5', longitude: '32.5' },
  { name: 'Kharkivska oblast', isoCode: '63', countryCode: 'UA', latitude: '49.9', longitude: '36.3' },
  { name: 'Alabama', isoCode: 'AL', countryCode: 'US', latitude: '32.3', longitude: '-86.9' },
  { name: 'Illinois', isoCode: 'IL', countryCode: 'US', latitude: '40.6', longitude: '-89.4' },
  { name: 'Vermont', isoCode: 'VT', countryCode: 'US', latitude: '44.6', longitude: '-72.6' },
];

const STATE_OF: Record<string, string> = {
  'SY.09': 'HL', 'SY.11': 'HI', 'SY.13': 'DI', 'SY.06': 'DR', 'SY.07': 'DY', 'LY.30': 'MB', 'LY.34': 'TB',
  'LY.19': 'MJ', 'LB.09': 'AS', 'SD.29': 'KH', 'UA.07': '63', 'US.AL': 'AL', 'US.IL': 'IL', 'US.VT': 'VT',
}; // prettier-ignore

export const FIXTURE_TSV = ROWS.map(([name, ascii, alts, lat, lon, fc, cc, a1, pop], i) =>
  [
    1000 + i,
    name,
    ascii,
    alts,
    lat,
    lon,
    'P',
    fc,
    cc,
    '',
    a1,
    '',
    '',
    '',
    pop,
    '',
    '0',
    'UTC',
    '2024-01-01',
  ].join('\t'),
).join('\n');

export function fixtureAsset(): GazetteerAsset {
  const stateCities: StateCityInput[] = ROWS.filter(([, , , , , , cc, a1]) => STATE_OF[`${cc}.${a1}`]).map(
    ([name, , , lat, lon, , cc, a1]) => [
      name,
      cc,
      STATE_OF[`${cc}.${a1}`] as string,
      String(lat),
      String(lon),
    ],
  );
  return buildGazetteerAsset({ citiesTsv: FIXTURE_TSV, countries: COUNTRIES, states: STATES, stateCities });
}

let cached: Gazetteer | null = null;

/** A small gazetteer built by the real build code from a few GeoNames lines, plus the curated supplement. */
export function fixtureGazetteer(): Gazetteer {
  cached ??= loadGazetteer(fixtureAsset());
  return cached;
}
