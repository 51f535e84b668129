import type { GazetteerAsset } from './places/asset';
import { loadGazetteer } from './places/gazetteer';
import { createExtractor } from './extract';

/** A gazetteer with no file entries (the curated supplement only): the warm-up needs no place data. */
const EMPTY_ASSET: GazetteerAsset = {
  version: 1,
  names: '',
  levels: '',
  runs: [],
  admin1Names: [],
  lat: [],
  lon: [],
  population: '',
  keys: '',
  demonyms: {},
  sources: [],
};

/**
 * Sentences of our own with a date, numbers, actors and an attack in them, so that every pass
 * runs: made up, and in no article.
 */
const SAMPLE = {
  title: 'Gunmen attack police post',
  text:
    'On Tuesday, 3 May 2022, unidentified gunmen attacked a police post near the market, killing ' +
    'at least four officers and wounding dozens of civilians, the army said. Protesters marched ' +
    'the next day.',
  publishedAt: '2022-05-05',
};

/** The sample as an article of some length (its sentences over and over), for a warm-up with the real gazetteer. */
export const WARM_UP_ARTICLE = {
  title: SAMPLE.title,
  text: Array.from({ length: 40 }, () => SAMPLE.text).join('\n\n'),
  publishedAt: SAMPLE.publishedAt,
  lang: 'en',
};

let warmed = false;

/**
 * Run the pipeline once over a short text of its own, with an empty gazetteer, so that the
 * one-time work of its passes (the lexicon's check, the word indexes built from it, the date
 * parser's compiled patterns, the first runs of the code) is done while the real gazetteer is
 * still on its way, not in the first article the reader waits for. Once per process.
 */
export function warmUpExtraction(): void {
  if (warmed) return;
  warmed = true;
  createExtractor({ gazetteer: loadGazetteer(EMPTY_ASSET) }).extract(SAMPLE);
}
