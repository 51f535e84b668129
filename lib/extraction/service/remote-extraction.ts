import { ExtractionHostMessages, readJson } from '../../messaging/extraction-host-messages';
import type { ProposedEvent } from '../../schema';
import { sendTyped, type Transport } from '../../messaging/protocol';
import type { ArticleText, ExtractionService } from './extraction-service';

/** The way to the host of the extractor (Chrome's offscreen document). */
export interface HostChannel {
  /** Make sure the host runs; resolves to the milliseconds it took to start it (0 when it ran). */
  ensure(): Promise<number>;
  send: Transport;
}

/**
 * Extraction done by a host that outlives the background (see extractionHostHandlers): the
 * gazetteer stays loaded and the code warm while the background sleeps. A host that went away
 * (closed when idle, or crashed) is started again and asked once more.
 */
export function remoteExtraction(channel: HostChannel): ExtractionService {
  const send: Transport = async (envelope) => {
    try {
      return await channel.send(envelope);
    } catch {
      // No one received it, or the host closed before it answered: start it and ask again.
      await channel.ensure();
      try {
        return await channel.send(envelope);
      } catch {
        // In words of its own: the browser's ("Receiving end does not exist") would blame the tab.
        throw new Error("the extractor's document did not answer; try again");
      }
    }
  };
  const ask = <T extends keyof ExtractionHostMessages & string>(
    type: T,
    payload: Parameters<typeof sendTyped<ExtractionHostMessages, T>>[3],
  ) => sendTyped(ExtractionHostMessages, send, type, payload);

  return {
    load: async () => {
      const hostMs = await channel.ensure();
      const timings = await ask('extractor-load', {});
      return {
        timings: { hostMs, ...timings },
        find: async (article) => {
          const request = { key: crypto.randomUUID(), article: articleTextOf(article) };
          return {
            spans: await ask('extractor-find-mentions', request),
            cards: async () => (await ask('extractor-describe-mentions', request)).cards,
            proposeEvents: async () =>
              readJson<ProposedEvent[]>((await ask('extractor-propose-events', request)).events),
          };
        },
        eventFromSelection: async (article, selection, today) => {
          const request = { article: articleTextOf(article), selection, today: today.toISOString() };
          return readJson<ProposedEvent>((await ask('extractor-event-from-selection', request)).event);
        },
      };
    },
    // A host not running is started by `send` when the suggestion finds no one.
    suggestPlaces: async (query, country) =>
      (await ask('extractor-suggest-places', { query, country })).places,
    suggestActors: async (query, country, date) =>
      (await ask('extractor-suggest-actors', { query, country, date })).actors,
  };
}

/** Only what extraction reads: an article record carries more (its HTML, its metadata). */
const articleTextOf = ({ title, text, publishedAt, lang }: ArticleText): ArticleText => ({
  title,
  text,
  publishedAt,
  lang,
});
