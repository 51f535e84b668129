/// <reference lib="webworker" />
// The extractor itself: the offscreen page's worker (see main.ts). It reads the shipped gazetteer
// and the user's corrections from the extension's own origin, as the background would.
import { answerCalls } from '@/lib/messaging/worker-calls';
import { extractionHostHandlers, warmUpHost } from '@/lib/extraction/service/extraction-host';
import { localExtraction } from '@/lib/extraction/service/local-extraction';
import { ConflictReaderDatabase } from '@/lib/storage/database';

declare const self: DedicatedWorkerGlobalScope;

const db = new ConflictReaderDatabase();
const handlers = extractionHostHandlers(
  localExtraction({
    gazetteerBytes: async () => {
      const response = await fetch(new URL('/gazetteer/gazetteer.dat', self.location.origin));
      if (!response.ok) throw new Error(`gazetteer asset: HTTP ${response.status}`);
      return response.arrayBuffer();
    },
    corrections: () => db.corrections.toArray(),
  }),
);
answerCalls(self, handlers);
// Loaded and warmed at once: the host is started when an analysis is on its way, or with the browser.
void handlers['extractor-load']({}, null)
  .then(() => warmUpHost(handlers))
  .catch(() => undefined);
