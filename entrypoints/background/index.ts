import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addSelectedEvent } from '@/lib/analysis/add-selected-event';
import { analyseTab, type AnalysisMode, type AnalysisPorts } from '@/lib/analysis/analyse-tab';
import { AutoAnalysisGate } from '@/lib/analysis/auto-analysis-gate';
import { NewestAnalysis } from '@/lib/analysis/newest-analysis';
import { analyseIfAutomatic, type AutoAnalysePorts } from '@/lib/analysis/auto-analyse';
import { correctSelection } from '@/lib/analysis/correct-selection';
import {
  acceptsMessage,
  CONTENT_SCRIPT_MESSAGES,
  listen,
  requestReader,
  RuntimeMessages,
  TEST_BRIDGE_MESSAGES,
  sendTyped,
  TabMessages,
  type RuntimeHandlers,
  type TabMessageType,
  type TabRequest,
} from '@/lib/messaging';
import { paintInPage } from '@/lib/highlights/paint-request';
import {
  addUserEvent,
  ConflictReaderDatabase,
  eventsOfArticle,
  getArticle,
  getEvent,
  proposalId,
  loadSettings,
  saveArticle,
  saveCorrection,
  saveProposals,
} from '@/lib/storage';
import { extractionService } from './extraction';
import { closeIdleHost, lastAnalysisAt, noteAnalysis, offscreenHost } from './offscreen-host';
import { openHostAtStartup } from '@/lib/extraction/service/host-idle';
import { openPanel } from './open-panel';
import { forgetTabStatus, publishTabStatus, readTabStatus } from './tab-status-store';
import { testHandlers } from './test-hooks';

const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
const HIGHLIGHTER = '/content-scripts/highlighter.js' as const;

/** Send a message to a tab's content script. */
const sendToTab = <T extends TabMessageType>(tabId: number, type: T, payload: TabRequest<T>) =>
  sendTyped(TabMessages, (envelope) => browser.tabs.sendMessage(tabId, envelope), type, payload);

export default defineBackground(() => {
  const db = new ConflictReaderDatabase();
  const extraction = extractionService(db);
  /** The scripts each tab's current page has (forgotten when the tab navigates or closes). */
  const injected = new Map<number, Set<string>>();
  /**
   * Inject a script into a tab's page once. Injected again, a script replaces the copy running
   * there (the highlighter's copy hands on what it painted), so the page never has two.
   */
  const injectOnce = async (tabId: number, file: typeof CONTENT_SCRIPT | typeof HIGHLIGHTER) => {
    if (injected.get(tabId)?.has(file)) return;
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    injected.set(tabId, new Set(injected.get(tabId)).add(file));
  };

  const ports: AnalysisPorts = {
    inject: async (tabId) => {
      // Asking a page it was never injected into only wastes a round trip; asking one it was
      // costs less than loading it again, and tells when the page has lost its scripts.
      const present =
        injected.get(tabId)?.has(CONTENT_SCRIPT) && (await sendToTab(tabId, 'ping', {}).catch(() => null));
      if (present) return;
      injected.delete(tabId);
      await injectOnce(tabId, CONTENT_SCRIPT);
    },
    prepareHighlights: (tabId) => injectOnce(tabId, HIGHLIGHTER),
    capture: (tabId, mode) => sendToTab(tabId, mode === 'page' ? 'capture-page' : 'capture-selection', {}),
    store: (article) => saveArticle(db, article),
    loadExtractor: () => extraction.load(),
    storeProposals: async (article, events) => ({
      dropped: (await saveProposals(db, article, events)).dropped,
    }),
    confirmedEvidence: async (article) =>
      (await eventsOfArticle(db, article.id)).flatMap((event) =>
        event.status === 'confirmed' && event.evidence.selector
          ? [{ id: event.id, selector: event.evidence.selector, hint: event.evidence.start }]
          : [],
      ),
    paint: (tabId, article, mentions, confirmed) =>
      paintInPage((type, payload) => sendToTab(tabId, type, payload), article.text, mentions, confirmed),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
    publishStatus: publishTabStatus,
    now: () => new Date(),
    // Test builds give up sooner, so the frozen-page test is quick; not so soon that a 5 MB page
    // captured on a CI machine busy with other work (up to 5 s seen) would count as frozen.
    pageDeadlineMs: import.meta.env.MODE === 'test' ? 15_000 : undefined,
  };

  const newest = new NewestAnalysis();
  /** Analyse a tab; an analysis begun in it since (on the page it went to, say) has the last word. */
  const analyseNow = (tab: { id: number; url: string }, mode: AnalysisMode, using = ports) => {
    // Read at the browser's start, in Chrome only (see openHostAtStartup).
    if (!import.meta.env.FIREFOX) void noteAnalysis().catch(() => undefined);
    return analyseTab(tab, mode, { ...using, publishStatus: newest.begin(tab.id, using.publishStatus) });
  };
  const analyse = async (tabId: number, mode: AnalysisMode) => {
    const tab = await browser.tabs.get(tabId);
    return analyseNow({ id: tabId, url: tab.url ?? '' }, mode);
  };
  const readSelection = async (tabId: number) => (await sendToTab(tabId, 'read-selection', {})).text;

  // Toolbar button and the keyboard shortcut (`_execute_action`) both land here, with activeTab granted.
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab);
    if (tab.id !== undefined) void analyseNow({ id: tab.id, url: tab.url ?? '' }, 'page');
  });

  const handlers: RuntimeHandlers<Browser.runtime.MessageSender> = {
    'analyse-tab': ({ tabId }) => analyse(tabId, 'page'),
    'analyse-selection': ({ tabId }) => analyse(tabId, 'selection'),
    'correct-selection': ({ tabId, teach }) =>
      correctSelection(tabId, teach, {
        inject: ports.inject,
        readSelection,
        saveCorrection: async (surface, lesson) => {
          await saveCorrection(db, surface, lesson);
        },
        analyse: (id) => analyse(id, 'page'),
      }),
    'highlights-changed': async ({ highlights }, sender) => {
      const tabId = sender.tab?.id;
      const status = tabId === undefined ? null : await readTabStatus(tabId);
      // Only the page the status describes: a message from a page navigated since changes nothing.
      if (status?.state === 'captured' && status.url === sender.tab?.url) {
        await publishTabStatus({ ...status, highlights, updatedAt: new Date().toISOString() });
      }
      return {};
    },
    'event-from-selection': ({ tabId }) =>
      addSelectedEvent(tabId, {
        capturedArticle: async (id) => {
          const status = await readTabStatus(id);
          return status?.state === 'captured' ? getArticle(db, status.articleId) : undefined;
        },
        inject: ports.inject,
        readSelection,
        loadExtractor: ports.loadExtractor,
        storedProposal: async (article, event) => {
          const id = await proposalId(article.id, event);
          return (await getEvent(db, { id, articleId: article.id })) ? id : undefined;
        },
        addUserEvent: async (article, event) => (await addUserEvent(db, article, event)).id,
        now: ports.now,
      }),
    'suggest-places': async ({ query, country }) => ({
      places: await extraction.suggestPlaces(query, country),
    }),
    'suggest-actors': async ({ query, country, date }) => ({
      actors: await extraction.suggestActors(query, country, date),
    }),
    'extraction-host-idle': async () => {
      await closeIdleHost();
      return {};
    },
    'show-evidence': async ({ tabId, selector, hint }) => {
      await ports.inject(tabId);
      await ports.prepareHighlights(tabId);
      return sendToTab(tabId, 'flash-quote', { selector, hint });
    },
    ...(import.meta.env.MODE === 'test' ? testHandlers(db, ports, analyseNow) : {}),
  };

  // Content scripts live in web pages: they may send only what content scripts send (and, in test
  // builds, the test bridge its hooks); everything else only the extension's own pages.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const contentScriptTypes = new Set<string>([
    ...CONTENT_SCRIPT_MESSAGES,
    ...(import.meta.env.MODE === 'test' ? TEST_BRIDGE_MESSAGES : []),
  ]);
  listen(browser.runtime.onMessage, requestReader(RuntimeMessages), handlers, {
    accepts: (type, sender) => acceptsMessage(type, sender, self, contentScriptTypes),
  });

  // Opt-in: sites the user chose are analysed when a page finishes loading there, within bounds
  // per tab and per site, so a page reloading or rewriting its address can't loop.
  const autoGate = new AutoAnalysisGate();
  const automatic: AutoAnalysePorts = {
    optedInOrigins: async () => (await loadSettings(db)).autoAnalyseOrigins,
    hasHostAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    gate: autoGate,
    analyse: (tab) => analyseNow(tab, 'page'),
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') {
      injected.delete(tabId);
      void forgetFinishedStatus(tabId);
    }
    if (change.status !== 'complete' || !tab.url) return;
    void analyseIfAutomatic(tabId, tab.url, automatic);
  });

  /**
   * A tab loads another page (or the same again, without its highlights): what the panel said of
   * the page before no longer holds, so it says nothing until this one is analysed. An analysis
   * under way settles this itself (it ends "navigated").
   */
  const forgetFinishedStatus = async (tabId: number) => {
    const status = await readTabStatus(tabId).catch(() => undefined);
    if (status && status.state !== 'capturing') await forgetTabStatus(tabId);
  };

  if (!import.meta.env.FIREFOX) {
    // The extractor's host opens with the browser for a reader who used the extension lately, so
    // the day's first article is analysed warm; it closes itself when no analysis comes
    // (HOST_IDLE_CLOSE_MS).
    const openHost = () => void offscreenHost.ensure().catch(() => undefined);
    browser.runtime.onInstalled.addListener(openHost);
    browser.runtime.onStartup.addListener(async () => {
      if (openHostAtStartup(await lastAnalysisAt().catch(() => null), Date.now())) openHost();
    });
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    injected.delete(tabId);
    newest.forget(tabId);
    autoGate.forgetTab(tabId);
    void forgetTabStatus(tabId);
  });
});
