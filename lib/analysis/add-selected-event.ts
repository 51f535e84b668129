import type { LoadedExtractor } from '../extraction/service/extraction-service';
import type { Article, ProposedEvent } from '../schema';

/** What adding the event selected in a tab needs; the background supplies real ones, tests fakes. */
export interface SelectedEventPorts {
  /** The article last captured in the tab, or undefined when its page was not analysed. */
  capturedArticle(tabId: number): Promise<Article | undefined>;
  /** Make sure the content script runs in the tab. */
  inject(tabId: number): Promise<void>;
  /** The text the user has selected in the tab's page. */
  readSelection(tabId: number): Promise<string>;
  /** The extractor, with the user's current corrections (see AnalysisPorts.loadExtractor). */
  loadExtractor(): Promise<LoadedExtractor>;
  /** The id of this event among the article's stored proposals, or undefined when it is not one. */
  storedProposal(article: Article, event: ProposedEvent): Promise<string | undefined>;
  /** Store the event as the user's own; returns its id. */
  addUserEvent(article: Article, event: ProposedEvent): Promise<string>;
  now(): Date;
}

/**
 * Make an event from the sentence the user selected in a tab's analysed page, and store it. When
 * the extractor had proposed that very event already, nothing is stored: its id comes back, with
 * `existing`, for the side panel to select it. Throws a sentence for the user when the page was
 * not analysed or the selection is not in its article.
 */
export async function addSelectedEvent(
  tabId: number,
  ports: SelectedEventPorts,
): Promise<{ eventId: string; existing: boolean }> {
  const article = await ports.capturedArticle(tabId);
  if (!article) throw new Error('Analyse the page first, then select the sentence that reports the event.');
  await ports.inject(tabId);
  const selection = await ports.readSelection(tabId);
  const extractor = await ports.loadExtractor();
  const event = await extractor.eventFromSelection(article, selection, ports.now());
  // The extractor may have proposed this very event already: point at it rather than copy it.
  const proposed = await ports.storedProposal(article, event);
  if (proposed !== undefined) return { eventId: proposed, existing: true };
  return { eventId: await ports.addUserEvent(article, event), existing: false };
}
