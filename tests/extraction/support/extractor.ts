import { readFileSync } from 'node:fs';
import { createExtractor, type Extractor } from '@/lib/extraction/extract';
import { loadGazetteer, type Gazetteer } from '@/lib/extraction/places';
import type { Correction } from '@/lib/schema';
import { DEFAULT_OUT } from '../../../scripts/gazetteer/build-gazetteer';

let gazetteer: Gazetteer | null = null;

/** The generated gazetteer (built by the tests' global setup), loaded once. */
export function realGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer(readFileSync(DEFAULT_OUT));
  return gazetteer;
}

/** The real extractor over the generated gazetteer. */
export function realExtractor(corrections: readonly Correction[] = []): Extractor {
  return createExtractor({ gazetteer: realGazetteer(), corrections });
}
