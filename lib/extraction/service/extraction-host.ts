import type { Handlers } from '../../messaging/protocol';
import type { ExtractionHostMessages } from '../../messaging/extraction-host-messages';
import type { ExtractionService, FoundInArticle, LoadedExtractor } from './extraction-service';

/** How many articles' found texts are kept for their events: the side panel asks for the newest. */
const KEPT_ARTICLES = 4;

/**
 * The extractor's side of the host messages: a local extraction service, the extractor of the last
 * load (with the corrections of that moment), and the last few articles' found texts, so an
 * article's events are proposed from the mentions already found for it.
 */
export function extractionHostHandlers(
  service: ExtractionService,
): Required<Handlers<ExtractionHostMessages, unknown>> {
  let loaded: Promise<LoadedExtractor> | null = null;
  const kept = new Map<string, FoundInArticle>();
  const extractor = () => (loaded ??= service.load());
  const keep = (key: string, found: FoundInArticle) => {
    kept.delete(key);
    kept.set(key, found);
    for (const old of kept.keys()) {
      if (kept.size <= KEPT_ARTICLES) break;
      kept.delete(old);
    }
  };

  return {
    'extractor-load': async () => {
      // Every analysis loads anew: the user may have taught the extractor since the last one.
      loaded = service.load();
      loaded.catch(() => (loaded = null));
      const { gazetteerMs, warmUpMs, extractorMs } = (await loaded).timings;
      return { gazetteerMs, warmUpMs, extractorMs };
    },
    'extractor-find-mentions': async ({ key, article }) => {
      const found = await (await extractor()).find(article);
      keep(key, found);
      return { mentions: found.mentions, sentences: found.sentences };
    },
    'extractor-propose-events': async ({ key, article }) => {
      const found = kept.get(key) ?? (await (await extractor()).find(article));
      return { events: await found.proposeEvents() };
    },
    'extractor-suggest-places': async ({ query, country }) => ({
      places: await service.suggestPlaces(query, country),
    }),
    'extractor-suggest-actors': async ({ query, country, date }) => ({
      actors: await service.suggestActors(query, country, date),
    }),
  };
}
