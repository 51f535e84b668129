import { articleFromCapture } from '../article/article-from-capture';
import type { Article, CaptureResult, Mention, MentionKind, ProposedEvent, TabStatus } from '../schema';

export type AnalysisMode = 'page' | 'selection';

/** What analysing a tab needs from the browser; the background supplies real ones, tests fakes. */
export interface AnalysisPorts {
  /** Make sure the content script runs in the tab (throws when the browser forbids it). */
  inject(tabId: number): Promise<void>;
  capture(tabId: number, mode: AnalysisMode): Promise<CaptureResult>;
  store(article: Article): Promise<void>;
  /** Find mentions and propose events in the stored article (with the user's corrections). */
  extract(article: Article): Promise<{ mentions: Mention[]; events: ProposedEvent[] }>;
  storeProposals(article: Article, events: readonly ProposedEvent[]): Promise<void>;
  /** Highlight the mentions in the tab's page. */
  paint(
    tabId: number,
    article: Article,
    mentions: readonly Mention[],
  ): Promise<{
    painted: number;
    orphans: number;
    confirmedOrphans: string[];
    anchorMs: number;
    paintMs: number;
  }>;
  publishStatus(status: TabStatus): Promise<void>;
  now(): Date;
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
  ): Promise<TabStatus> => {
    const status: TabStatus = {
      state: 'failed',
      tabId: tab.id,
      url: tab.url,
      reason,
      message,
      canUseSelection,
      updatedAt: stamp(),
    };
    await publishQuietly(ports, status);
    return status;
  };

  await publishQuietly(ports, { state: 'capturing', tabId: tab.id, url: tab.url, updatedAt: stamp() });

  try {
    await ports.inject(tab.id);
  } catch (error) {
    return fail(
      'not-allowed',
      `Conflict Reader can't read this page (${describe(error)}). Press its toolbar button or Alt+Shift+A on the page itself; browser pages and extension stores can't be analysed.`,
      false,
    );
  }

  let result: CaptureResult;
  try {
    result = await ports.capture(tab.id, mode);
  } catch (error) {
    return fail(
      'error',
      `The page didn't answer the capture request (${describe(error)}). Reload it and try again.`,
      false,
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

  let article: Article;
  try {
    article = await articleFromCapture(result, mode === 'page' ? 'readability' : 'selection', ports.now());
    await ports.store(article);
  } catch (error) {
    return fail(
      'storage',
      `The article was read but couldn't be saved (${describe(error)}). Nothing saved earlier was lost; free some disk space and try again.`,
      false,
    );
  }

  const { extraction, highlights, problem } = await extractAndPaint(tab.id, article, ports);
  const status: TabStatus = {
    state: 'captured',
    tabId: tab.id,
    url: tab.url,
    articleId: article.id,
    captureMs: result.durationMs,
    extraction,
    highlights,
    problem,
    updatedAt: stamp(),
  };
  await publishQuietly(ports, status);
  return status;
}

type CapturedStatus = Extract<TabStatus, { state: 'captured' }>;

/** Extraction and highlighting add to a saved article: if they fail, the article stays saved. */
async function extractAndPaint(
  tabId: number,
  article: Article,
  ports: AnalysisPorts,
): Promise<Pick<CapturedStatus, 'extraction' | 'highlights' | 'problem'>> {
  let found: { mentions: Mention[]; events: ProposedEvent[] };
  const started = performance.now();
  try {
    found = await ports.extract(article);
  } catch (error) {
    return { extraction: null, highlights: null, problem: failedExtraction(error) };
  }
  const extractMs = performance.now() - started;
  const counts: Record<MentionKind, number> = { place: 0, actor: 0, number: 0, date: 0 };
  for (const mention of found.mentions) counts[mention.kind]++;
  const extraction = { counts, events: found.events.length, extractMs };
  // Storing the proposals and painting the page don't depend on each other: do both at once.
  const [stored, painted] = await Promise.allSettled([
    ports.storeProposals(article, found.events),
    ports.paint(tabId, article, found.mentions),
  ]);
  if (stored.status === 'rejected') {
    return { extraction: null, highlights: null, problem: failedExtraction(stored.reason) };
  }
  if (painted.status === 'rejected') {
    return {
      extraction,
      highlights: null,
      problem: `Highlights could not be shown in the page (${describe(painted.reason)}).`,
    };
  }
  return { extraction, highlights: painted.value, problem: null };
}

function failedExtraction(error: unknown): string {
  return `The article was saved, but finding places, actors and events failed (${describe(error)}).`;
}

/** A status that can't be published must not hide the outcome from the caller. */
async function publishQuietly(ports: AnalysisPorts, status: TabStatus): Promise<void> {
  try {
    await ports.publishStatus(status);
  } catch {
    // The caller still receives the status as the return value.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
