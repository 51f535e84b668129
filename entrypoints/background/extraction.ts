import { browser } from 'wxt/browser';
import type { ExtractionService } from '@/lib/extraction/service/extraction-service';
import { remoteExtraction } from '@/lib/extraction/service/remote-extraction';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { offscreenHost } from './offscreen-host';

/**
 * Where extraction runs. Chrome stops its service worker after 30 s idle, and a worker woken for
 * the next page would fetch and load the gazetteer again: there it runs in an offscreen document
 * that stays while the reader is at work (see offscreen-host.ts), and the service worker's own
 * script holds none of its code, so it wakes quicker. Firefox's event page is a document with
 * workers of its own and no offscreen API: it extracts itself.
 */
export function extractionService(db: ConflictReaderDatabase): ExtractionService {
  if (!import.meta.env.FIREFOX) return remoteExtraction(offscreenHost);
  // Imported where it is used: a static import would keep the extractor's modules (whose
  // top-level code builds schemas and tables) in Chrome's service worker too.
  const local = import('@/lib/extraction/service/local-extraction').then(
    ({ localExtraction, shippedSources }) => localExtraction(shippedSources(browser.runtime.getURL('/'), db)),
  );
  return {
    load: async () => (await local).load(),
    suggestPlaces: async (query, country) => (await local).suggestPlaces(query, country),
    suggestActors: async (query, country, date) => (await local).suggestActors(query, country, date),
  };
}
