import { articleFromCapture } from '../article/article-from-capture';
import type { FoundInArticle, LoadedExtractor } from '../extraction/service/extraction-service';
import type { Article, CaptureResult, Highlights, ProposedEvent, QuoteAnchor, TabStatus } from '../schema';
import { countKinds, type PaintableMentions } from '../highlights/paint-request';
import { PAGE_DEADLINE_MS, PageTimeout, withDeadline } from './page-deadline';
import { leftPage } from './tab-page';
import { errorMessage, storageFailureAdvice } from '../error-message';

export type AnalysisMode = 'page' | 'selection';

type CapturedStatus = Extract<TabStatus, { state: 'captured' }>;

/** What analysing a tab needs from the browser; the background supplies real ones, tests fakes. */
export interface AnalysisPorts {
  /** Make sure the content script runs in the tab (throws when the browser forbids it). */
  inject(tabId: number): Promise<void>;
  capture(tabId: number, mode: AnalysisMode): Promise<CaptureResult>;
  /** Make sure the highlighter runs in the tab (injected while the article is analysed). */
  prepareHighlights(tabId: number): Promise<void>;
  /**
   * Save the article; resolves to it as stored, whose id may differ from the one asked for (a page
   * never replaces an article another site stored, see saveArticle).
   */
  store(article: Article): Promise<Article>;
  /**
   * The extractor, with the user's current corrections. Loaded while the page is being read; it
   * finds an article's mentions, and its events on demand.
   */
  loadExtractor(): Promise<LoadedExtractor>;
  /** Store the proposals; those that are not valid events are dropped, and counted. */
  storeProposals(article: Article, events: readonly ProposedEvent[]): Promise<{ dropped: number }>;
  /** Evidence of the events the user confirmed on this article before, to mark them again. */
  confirmedEvidence(article: Article): Promise<QuoteAnchor[]>;
  /** Highlight the mentions, and the confirmed evidence, in the tab's page. */
  paint(
    tabId: number,
    article: Article,
    mentions: PaintableMentions,
    confirmed: readonly QuoteAnchor[],
  ): Promise<Highlights>;
  /**
   * The address the tab shows now; null when the browser won't say (it stops saying once the tab
   * navigates, with activeTab's access).
   */
  tabUrl(tabId: number): Promise<string | null>;
  publishStatus(status: TabStatus): Promise<void>;
  now(): Date;
  /** How long to wait for the page's answers (PAGE_DEADLINE_MS unless a test says otherwise). */
  pageDeadlineMs?: number;
}

/**
 * Capture a tab's article (or selection), store it and publish the outcome for the side panel.
 * Every failure ends as a `failed` status with a sentence for the user; nothing here throws.
 */
export async function analyseTab(
  tab: { id: number; url: string },
  mode: AnalysisMode,
  ports: AnalysisPorts,
): Promise<TabStatus> {
  const stamp = () => ports.now().toISOString();
  const fail = async (
    reason: Extract<TabStatus, { state: 'failed' }>['reason'],
    message: string,
    canUseSelection: boolean,
    url = tab.url,
  ): Promise<TabStatus> => {
    const status: TabStatus = {
      state: 'failed',
      tabId: tab.id,
      url,
      reason,
      message,
      canUseSelection,
      updatedAt: stamp(),
    };
    await publishQuietly(ports, status);
    return status;
  };

  // Not awaited: statuses are stored in the order they are published, and capture need not wait.
  void publishQuietly(ports, { state: 'capturing', tabId: tab.id, url: tab.url, updatedAt: stamp() });
  // Nothing in it depends on the page: load it while the page is injected and read.
  const extractor = settle(ports.loadExtractor());

  const deadline = ports.pageDeadlineMs ?? PAGE_DEADLINE_MS;
  const unresponsive = (error: PageTimeout) =>
    fail(
      'unresponsive',
      `Conflict Reader gave up: ${error.message}. It may be frozen or still loading; wait for it or reload it, then try again.`,
      false,
    );

  try {
    await withDeadline(ports.inject(tab.id), deadline, 'the request to load the reader');
  } catch (error) {
    if (error instanceof PageTimeout) return unresponsive(error);
    return fail(
      'not-allowed',
      `Conflict Reader can't read this page (${errorMessage(error)}). Press its toolbar button or Alt+Shift+A on the page itself; browser pages and extension stores can't be analysed.`,
      false,
    );
  }

  let result: CaptureResult;
  try {
    result = await withDeadline(ports.capture(tab.id, mode), deadline, 'the capture request');
  } catch (error) {
    if (error instanceof PageTimeout) return unresponsive(error);
    return fail(
      'error',
      `The page didn't answer the capture request (${errorMessage(error)}). Reload it and try again.`,
      false,
    );
  }
  // The tab may have gone to another page since the analysis began; then the capture is that
  // page's, which was not asked for.
  const captured = result.ok ? result.metadata.url : null;
  if (captured !== null && leftPage(tab.url, captured)) {
    return fail(
      'navigated',
      'The tab went to another page before Conflict Reader could read this one, so nothing was saved. Press Try again to analyse the page it shows now.',
      false,
      captured,
    );
  }
  if (!result.ok) {
    if (mode === 'selection') return fail('no-selection', result.message, true);
    return fail(
      result.reason,
      result.message,
      result.reason === 'no-article' || result.reason === 'too-large',
    );
  }

  // The highlighter loads in the page while the article is stored and analysed here.
  const highlighter = settle(
    withDeadline(ports.prepareHighlights(tab.id), deadline, 'the request to load the highlighter'),
  );
  let article: Article;
  try {
    article = await articleFromCapture(result, mode === 'page' ? 'readability' : 'selection', ports.now());
  } catch (error) {
    return fail('storage', unsaved(error), false);
  }
  // Saving the article and finding its mentions don't depend on each other: do both at once. The
  // highlights need only the mentions; the events, the saved article.
  const saving = settle(ports.store(article));
  const finding = findMentions(article, extractor, ports);
  const left = async () => {
    const now = await ports.tabUrl(tab.id).catch(() => null);
    return leftPage(tab.url, now) ? { now } : null;
  };
  const outcome = await paintAndPropose(tab.id, article, await finding, highlighter, saving, ports, {
    deadline,
    left,
  });
  if ('unsaved' in outcome) return fail('storage', unsaved(outcome.unsaved), false);
  // Shown now, this page's result would pass for the page the tab went on to.
  const gone = await left();
  if (gone) {
    return fail(
      'navigated',
      'The tab went to another page while Conflict Reader was analysing the one before; that article was saved in the event log. Press Try again to analyse the page shown now.',
      false,
      gone.now ?? tab.url,
    );
  }
  const { extraction, highlights, problem, articleId } = outcome;
  const status: TabStatus = {
    state: 'captured',
    tabId: tab.id,
    url: tab.url,
    articleId,
    captureMs: result.durationMs,
    extraction,
    highlights,
    problem,
    updatedAt: stamp(),
  };
  await publishQuietly(ports, status);
  return status;
}

function unsaved(error: unknown): string {
  return `The article was read but couldn't be saved (${errorMessage(error)}). Nothing saved earlier was lost; ${storageFailureAdvice(error)}`;
}

type Finding = { found: FoundInArticle; confirmed: QuoteAnchor[]; extractMs: number } | { failure: string };

/** The article's mentions, and the evidence of events confirmed on it before. Never throws. */
async function findMentions(
  article: Article,
  extractor: Promise<Settled<LoadedExtractor>>,
  ports: AnalysisPorts,
): Promise<Finding> {
  try {
    // Read what was confirmed now: once the new proposals are being written, a read would wait.
    const confirming = ports.confirmedEvidence(article);
    const loaded = await extractor;
    if ('error' in loaded) throw loaded.error;
    const started = performance.now();
    const found = await loaded.value.find(article);
    const extractMs = performance.now() - started;
    return { found, confirmed: await confirming, extractMs };
  } catch (error) {
    return { failure: failedExtraction(error) };
  }
}

/**
 * Highlight the mentions and, once the article is saved, propose events from them. Highlighting
 * and events add to a saved article: if they fail, the article stays saved; if the article could
 * not be saved (`unsaved`), no events are stored for it.
 */
async function paintAndPropose(
  tabId: number,
  article: Article,
  finding: Finding,
  highlighter: Promise<Settled<void>>,
  saving: Promise<Settled<Article>>,
  ports: AnalysisPorts,
  page: { deadline: number; left: () => Promise<unknown> },
): Promise<
  Pick<CapturedStatus, 'extraction' | 'highlights' | 'problem' | 'articleId'> | { unsaved: unknown }
> {
  if ('failure' in finding) {
    const saved = await saving;
    if ('error' in saved) return { unsaved: saved.error };
    return { extraction: null, highlights: null, problem: finding.failure, articleId: saved.value.id };
  }
  const { found, confirmed, extractMs } = finding;

  // Highlights need only the mentions.
  const painting = highlighter
    .then(async (loaded) => {
      if ('error' in loaded) throw loaded.error;
      // Another page in the tab would be painted with this one's mentions.
      if (await page.left()) throw new Error('the tab went to another page');
      return withDeadline(
        ports.paint(tabId, article, found, confirmed),
        page.deadline,
        'the highlight request',
      );
    })
    .then(
      (value) => ({ value, problem: null }),
      (error: unknown) => ({
        value: null,
        problem: `Highlights could not be shown in the page (${errorMessage(error)}).`,
      }),
    );
  let extraction: CapturedStatus['extraction'] = null;
  let problem: string | null = null;
  // The highlights first: on a machine with few cores, proposing events meanwhile would slow the
  // page's anchoring and the messages to and from it.
  const painted = await painting;
  const saved = await saving;
  if ('error' in saved) return { unsaved: saved.error };
  // The events belong to the article as stored, under the id it was stored with.
  const stored = saved.value;
  try {
    const eventsStarted = performance.now();
    const events = await found.proposeEvents();
    const eventsMs = performance.now() - eventsStarted;
    const { dropped } = await ports.storeProposals(stored, events);
    extraction = {
      counts: countKinds(found.spans.kinds),
      events: events.length - dropped,
      extractMs,
      eventsMs,
    };
    if (dropped > 0) problem = droppedProposals(dropped, events.length);
  } catch (error) {
    problem = failedExtraction(error);
  }
  return {
    extraction,
    highlights: painted.value,
    problem: problem ?? painted.problem,
    articleId: stored.id,
  };
}

/** The proposals that were not stored, in words: one bad proposal costs only itself. */
function droppedProposals(dropped: number, proposed: number): string {
  const which =
    dropped === 1
      ? `One of the ${proposed} events found was`
      : `${dropped} of the ${proposed} events found were`;
  return `${which} left out: ${dropped === 1 ? 'its' : 'their'} details could not be read as an event (a number too large to be a count, say). The others were saved.`;
}

function failedExtraction(error: unknown): string {
  return `The article was saved, but finding places, actors and events failed (${errorMessage(error)}).`;
}

type Settled<T> = { value: T } | { error: unknown };

/**
 * A promise started now and awaited later, with its failure as a value: nothing is left unhandled
 * while the caller does other work first, and the caller decides what a failure means.
 */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** A status that can't be published must not hide the outcome from the caller. */
async function publishQuietly(ports: AnalysisPorts, status: TabStatus): Promise<void> {
  try {
    await ports.publishStatus(status);
  } catch {
    // The caller still receives the status as the return value.
  }
}
