import { suggestActors } from '../actors/suggest-actors';
import { loadActorDictionary } from '../actors/dictionary';
import { createExtractor, type ExtractInput } from '../extract';
import { loadGazetteer, type Gazetteer } from '../places';
import { suggestPlaces } from '../places/suggest-places';
import { warmUpExtraction } from '../warm-up';
import { eventFromSelection } from '../../analysis/event-from-selection';
import { paintable } from '../../highlights/paint-request';
import { CorrectionSchema } from '../../schema';
import type { ArticleText, ExtractionService, LoadedExtractor } from './extraction-service';

/** Where the local extractor's data comes from: the context it runs in supplies them. */
export interface LocalSources {
  /** The shipped gazetteer file's bytes. */
  gazetteerBytes(): Promise<ArrayBuffer>;
  /** The user's stored corrections, as stored (each is checked here; a bad row is skipped). */
  corrections(): Promise<readonly unknown[]>;
}

/** The gazetteer's path in the extension package (see scripts/gazetteer). */
const SHIPPED_GAZETTEER = '/gazetteer/gazetteer.dat';

/**
 * The sources of an extension context: the gazetteer fetched from the package, whose root is
 * `packageRoot` (the extension's origin), and the corrections from the user's database.
 */
export function shippedSources(
  packageRoot: string,
  db: { corrections: { toArray(): Promise<readonly unknown[]> } },
): LocalSources {
  return {
    gazetteerBytes: async () => {
      const response = await fetch(new URL(SHIPPED_GAZETTEER, packageRoot));
      if (!response.ok) throw new Error(`gazetteer asset: HTTP ${response.status}`);
      return response.arrayBuffer();
    },
    corrections: () => db.corrections.toArray(),
  };
}

/** What the extractor reads of an article: the publication day is the reference for "on Wednesday". */
const extractInputOf = (article: ArticleText): ExtractInput => ({
  title: article.title,
  text: article.text,
  publishedAt: article.publishedAt?.slice(0, 10) ?? null,
  lang: article.lang,
});

/**
 * Extraction in this context: the gazetteer is loaded on first use and kept while the context
 * lives; each load reads the user's corrections again.
 */
export function localExtraction(sources: LocalSources): ExtractionService {
  let gazetteer: Promise<Gazetteer> | null = null;
  let gazetteerLoadedAt = 0;
  const loadShippedGazetteer = (): Promise<Gazetteer> => {
    gazetteer ??= sources
      .gazetteerBytes()
      .then((bytes) => {
        const loaded = loadGazetteer(bytes);
        gazetteerLoadedAt = performance.now();
        return loaded;
      })
      .catch((error: unknown) => {
        gazetteer = null; // let the next analysis try again
        throw error;
      });
    return gazetteer;
  };

  const load = async (): Promise<LoadedExtractor> => {
    const started = performance.now();
    // Both at once: the corrections' read need not wait for the gazetteer's fetch, nor that for it.
    const loading = Promise.all([loadShippedGazetteer(), sources.corrections()]);
    // Done once per context while the gazetteer's bytes arrive (the fetch leaves this thread idle),
    // rather than inside the first extraction, which is what the highlights wait for.
    const warmUpStarted = performance.now();
    warmUpExtraction();
    const warmUpMs = performance.now() - warmUpStarted;
    const [places, rows] = await loading;
    const corrections = rows.flatMap((row) => {
      const parsed = CorrectionSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
    const extractor = createExtractor({ gazetteer: places, corrections });
    // A gazetteer loaded before this call cost it nothing; the warm-up's time is counted apart.
    const gazetteerMs = Math.max(0, gazetteerLoadedAt - started - warmUpMs);
    return {
      timings: {
        hostMs: 0,
        gazetteerMs,
        warmUpMs,
        extractorMs: Math.max(0, performance.now() - started - warmUpMs - gazetteerMs),
      },
      find: async (article) => {
        const found = extractor.findMentions(extractInputOf(article));
        return { ...paintable(found.mentions), proposeEvents: async () => found.proposeEvents() };
      },
      eventFromSelection: async (article, selection, today) => {
        const found = extractor.findMentions(extractInputOf(article));
        return eventFromSelection(article, selection, { ...found, events: found.proposeEvents() }, today);
      },
    };
  };

  return {
    load,
    suggestPlaces: async (query, country) => suggestPlaces(await loadShippedGazetteer(), query, { country }),
    suggestActors: async (query, country, date) =>
      suggestActors(loadActorDictionary(), query, { focusCountry: country, publishedAt: date }),
  };
}
