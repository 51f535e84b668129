/// <reference lib="webworker" />
// The extractor itself: the offscreen page's worker (see main.ts). It reads the shipped gazetteer
// and the user's corrections from the extension's own origin, as the background would.
import { answerCalls } from '@/lib/messaging/worker-calls';
import { extractionHostHandlers, warmUpHost } from '@/lib/extraction/service/extraction-host';
import { localExtraction, shippedSources } from '@/lib/extraction/service/local-extraction';
import { ConflictReaderDatabase } from '@/lib/storage/database';

declare const self: DedicatedWorkerGlobalScope;

const db = new ConflictReaderDatabase();
const handlers = extractionHostHandlers(localExtraction(shippedSources(self.location.origin, db)));
answerCalls(self, handlers);
// Loaded and warmed at once: the host is started when an analysis is on its way, or with the browser.
void handlers['extractor-load']({}, null)
  .then(() => warmUpHost(handlers))
  .catch(() => undefined);
