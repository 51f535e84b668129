import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, type Extractor, type ExtractorOptions } from '../../lib/extraction/extract';
import { loadGazetteer } from '../../lib/extraction/places';

/** Where `npm run gazetteer` writes the asset the extension serves. */
export const GAZETTEER_ASSET = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../public/gazetteer/gazetteer.dat',
);

async function readAsset(): Promise<Uint8Array> {
  try {
    return await readFile(GAZETTEER_ASSET);
  } catch {
    throw new Error(`${GAZETTEER_ASSET} is missing: run \`npm run gazetteer\` first`);
  }
}

/** The extractor as the command line uses it: the gazetteer from disk, no user corrections. */
export async function loadNodeExtractor(options?: ExtractorOptions): Promise<Extractor> {
  return createExtractor({ gazetteer: loadGazetteer(await readAsset()) }, options);
}

/** Milliseconds to turn the asset's bytes into a usable gazetteer (reading the file excluded). */
export async function timeGazetteerLoad(): Promise<number> {
  const bytes = await readAsset();
  const started = performance.now();
  loadGazetteer(bytes);
  return performance.now() - started;
}
