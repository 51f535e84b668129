// Chrome's offscreen document (reason WORKERS): it keeps the extractor's worker, and with it the
// loaded gazetteer and the warm code, while the background service worker sleeps between pages.
// It answers only the extension's background, and asks it to close this document once no
// analysis has come for a while.
import { browser } from 'wxt/browser';
import { listen, requestReader, sendTyped, RuntimeMessages } from '@/lib/messaging';
import { ExtractionHostMessages } from '@/lib/messaging/extraction-host-messages';
import type { Handlers } from '@/lib/messaging/protocol';
import { workerCaller } from '@/lib/messaging/worker-calls';
import { HOST_IDLE_CLOSE_MS, idleWatch } from '@/lib/extraction/service/host-idle';

const call = workerCaller(new Worker(new URL('./extractor.worker.ts', import.meta.url), { type: 'module' }));

// Every request starts the idle count again; at its end the background closes this document.
const idle = idleWatch(HOST_IDLE_CLOSE_MS, () => {
  void sendTyped(RuntimeMessages, (e) => browser.runtime.sendMessage(e), 'extraction-host-idle', {});
});

const handlers = Object.fromEntries(
  Object.keys(ExtractionHostMessages).map((type) => [
    type,
    (payload: unknown) => {
      idle.stillInUse();
      return call(type, payload);
    },
  ]),
) as Handlers<ExtractionHostMessages, unknown>;

listen(browser.runtime.onMessage, requestReader(ExtractionHostMessages), handlers, {
  // Only the extension's own contexts outside tabs (the background): never a content script,
  // which speaks for a web page, nor a page of the extension opened in a tab.
  accepts: (_type, sender) => sender.id === browser.runtime.id && sender.tab === undefined,
});
