import type { Handlers } from '../../messaging/protocol';
import type { ExtractionHostMessages } from '../../messaging/extraction-host-messages';
import { WARM_UP_ARTICLE } from '../warm-up';
import type { ArticleText, ExtractionService, FoundInArticle, LoadedExtractor } from './extraction-service';

/**
 * How many articles' found texts are kept for their cards and events, at most: those of the
 * newest analyses (two tabs at once). A long page's is megabytes, so each goes once both are out.
 */
const KEPT_ARTICLES = 2;

/**
 * The extractor's side of the host messages: a local extraction service, the extractor of the last
 * load (with the corrections of that moment), and the last few articles' found texts, so an
 * article's cards and events come from the mentions already found for it.
 */
export function extractionHostHandlers(
  service: ExtractionService,
): Required<Handlers<ExtractionHostMessages, unknown>> {
  let loaded: Promise<LoadedExtractor> | null = null;
  /** Found texts by key, with what of them is still to be asked for. */
  const kept = new Map<string, { found: FoundInArticle; waiting: Set<'cards' | 'events'> }>();
  /** Load the extractor again (a failed load is forgotten, so the next request tries anew). */
  const loadAnew = () => {
    const attempt = service.load();
    loaded = attempt;
    attempt.catch(() => {
      if (loaded === attempt) loaded = null;
    });
    return attempt;
  };
  const extractor = () => loaded ?? loadAnew();
  const keep = (key: string, found: FoundInArticle) => {
    kept.delete(key);
    kept.set(key, { found, waiting: new Set(['cards', 'events']) });
    for (const old of kept.keys()) {
      if (kept.size <= KEPT_ARTICLES) break;
      kept.delete(old);
    }
  };
  /** An article's found text, for `part` of it; found again if the host let it go (or was started anew since). */
  const foundFor = async (key: string, article: ArticleText, part: 'cards' | 'events') => {
    const entry = kept.get(key);
    if (!entry) return (await extractor()).find(article);
    entry.waiting.delete(part);
    if (entry.waiting.size === 0) kept.delete(key);
    return entry.found;
  };

  return {
    'extractor-load': async () => {
      // Every analysis loads anew: the user may have taught the extractor since the last one.
      return (await loadAnew()).timings;
    },
    'extractor-find-mentions': async ({ key, article }) => {
      const found = await (await extractor()).find(article);
      keep(key, found);
      return found.spans;
    },
    'extractor-describe-mentions': async ({ key, article }) => ({
      cards: await (await foundFor(key, article, 'cards')).cards(),
    }),
    'extractor-propose-events': async ({ key, article }) => ({
      events: JSON.stringify(await (await foundFor(key, article, 'events')).proposeEvents()),
    }),
    'extractor-event-from-selection': async ({ article, selection, today }) => ({
      event: JSON.stringify(
        await (await extractor()).eventFromSelection(article, selection, new Date(today)),
      ),
    }),
    'extractor-suggest-places': async ({ query, country }) => ({
      places: await service.suggestPlaces(query, country),
    }),
    'extractor-suggest-actors': async ({ query, country, date }) => ({
      actors: await service.suggestActors(query, country, date),
    }),
  };
}

/**
 * Run a made-up article through the host's extractor a few times, gazetteer loaded, mentions,
 * cards and events, so the reader's first article after the browser starts finds the code
 * optimised (its first runs cost a long page several times the later ones). Analyses that come
 * meanwhile go between the rounds.
 */
export async function warmUpHost(
  handlers: ReturnType<typeof extractionHostHandlers>,
  rounds = WARM_UP_ROUNDS,
): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const request = { key: `warm-up-${round}`, article: WARM_UP_ARTICLE };
    await handlers['extractor-find-mentions'](request, null);
    await handlers['extractor-describe-mentions'](request, null);
    await handlers['extractor-propose-events'](request, null);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const WARM_UP_ROUNDS = 3;
