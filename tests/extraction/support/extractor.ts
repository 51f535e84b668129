import { readFileSync } from 'node:fs';
import { createExtractor, type Extractor } from '@/lib/extraction/extract';
import { loadGazetteer, type Gazetteer } from '@/lib/extraction/places';
import type { Correction } from '@/lib/schema';
import { DEFAULT_OUT } from '../../../scripts/gazetteer/build-gazetteer';

let gazetteer: Gazetteer | null = null;

/** The real extractor over the generated gazetteer (built by the tests' global setup), loaded once. */
export function realExtractor(corrections: readonly Correction[] = []): Extractor {
  gazetteer ??= loadGazetteer(readFileSync(DEFAULT_OUT));
  return createExtractor({ gazetteer, corrections });
}
