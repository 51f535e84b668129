import { browser } from 'wxt/browser';
import { createExtractor, type Extractor } from '@/lib/extraction/extract';
import { warmUpExtraction } from '@/lib/extraction/warm-up';
import { loadGazetteer, type Gazetteer } from '@/lib/extraction/places';
import { CorrectionSchema } from '@/lib/schema';
import type { ConflictReaderDatabase } from '@/lib/storage';

let gazetteer: Promise<Gazetteer> | null = null;

/** The gazetteer ships with the extension; it is loaded on first use and kept while the background lives. */
export function loadShippedGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetch(browser.runtime.getURL('/gazetteer/gazetteer.dat'))
    .then((response) => {
      if (!response.ok) throw new Error(`gazetteer asset: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => loadGazetteer(bytes))
    .catch((error: unknown) => {
      gazetteer = null; // let the next analysis try again
      throw error;
    });
  return gazetteer;
}

/** An extractor with the user's current corrections, which change results on every page. */
export async function currentExtractor(db: ConflictReaderDatabase): Promise<Extractor> {
  // Both at once: the corrections' read need not wait for the gazetteer's fetch, nor that for it.
  const loading = Promise.all([loadShippedGazetteer(), db.corrections.toArray()]);
  // Done once per background while the gazetteer's bytes arrive (the fetch leaves this thread
  // idle), rather than inside the first extraction, which is what the highlights wait for.
  warmUpExtraction();
  const [gazetteer, rows] = await loading;
  const corrections = rows.flatMap((row) => {
    const parsed = CorrectionSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  return createExtractor({ gazetteer, corrections });
}
