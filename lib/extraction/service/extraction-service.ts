import type { PaintableMentions } from '../../highlights/paint-request';
import type { Actor, Article, Place, ProposedEvent } from '../../schema';
import type { AnalysisTimings } from '../../schema/analysis-timings';

/** What extraction reads of an article. */
export type ArticleText = Pick<Article, 'title' | 'text' | 'publishedAt' | 'lang'>;

/**
 * An article's mentions now, ready to paint (compact: they may come from another document), and
 * its events when asked for (the expensive half, not needed to highlight).
 */
export interface FoundInArticle extends PaintableMentions {
  proposeEvents(): Promise<readonly ProposedEvent[]>;
}

/** Where loading the extractor spent its time (near 0 for what was loaded before; see AnalysisTimingsSchema). */
export type LoadTimings = Pick<AnalysisTimings, 'hostMs' | 'gazetteerMs' | 'warmUpMs' | 'extractorMs'>;

/** An extractor with the user's corrections of the moment of loading. */
export interface LoadedExtractor {
  find(article: ArticleText): Promise<FoundInArticle>;
  /**
   * The event in the sentence(s) holding the words the user selected (see eventFromSelection);
   * throws a sentence for the user when the words are not in the article.
   */
  eventFromSelection(article: ArticleText, selection: string, today: Date): Promise<ProposedEvent>;
  timings: LoadTimings;
}

/**
 * Extraction as the background uses it, wherever it runs: in the background itself (Firefox's
 * event page, tests) or in a longer-lived document that keeps the gazetteer and the warm code
 * while the background sleeps (Chrome's offscreen document, see remote-extraction.ts).
 */
export interface ExtractionService {
  /** The extractor with the user's current corrections, which change results on every page. */
  load(): Promise<LoadedExtractor>;
  /** Places whose name starts with what the user typed (see suggestPlaces). */
  suggestPlaces(query: string, country: string | null): Promise<Place[]>;
  /** Canonical actors matching what the user typed (see suggestActors). */
  suggestActors(query: string, country: string | null, date: string | null): Promise<Actor[]>;
}
