import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseTab, type AnalysisMode, type AnalysisPorts } from '@/lib/analysis/analyse-tab';
import { eventFromSelection } from '@/lib/analysis/event-from-selection';
import {
  dispatchMessage,
  RuntimeMessages,
  sendTyped,
  TabMessages,
  type RuntimeHandlers,
  type TabMessageType,
  type TabRequest,
} from '@/lib/messaging';
import { mentionCards, paintMentionsOf } from '@/lib/highlights/paint-request';
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
import { loadActorDictionary } from '@/lib/extraction/actors/dictionary';
import { suggestActors } from '@/lib/extraction/actors/suggest-actors';
import { suggestPlaces } from '@/lib/extraction/places/suggest-places';
import { currentExtractor, loadShippedGazetteer } from './extractor';
import { openPanel } from './open-panel';
import { forgetTabStatus, publishTabStatus, readTabStatus } from './tab-status-store';
import { testHandlers } from './test-hooks';
import { errorMessage } from '@/lib/error-message';

const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
const HIGHLIGHTER = '/content-scripts/highlighter.js' as const;

/** Send a message to a tab's content script. */
const sendToTab = <T extends TabMessageType>(tabId: number, type: T, payload: TabRequest<T>) =>
  sendTyped(TabMessages, (envelope) => browser.tabs.sendMessage(tabId, envelope), type, payload);

export default defineBackground(() => {
  const db = new ConflictReaderDatabase();
  /** The scripts each tab's current page has (forgotten when the tab navigates or closes). */
  const injected = new Map<number, Set<string>>();
  /** Inject a script into a tab's page once; the scripts guard themselves against a second time. */
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
    store: async (article) => {
      await saveArticle(db, article);
    },
    loadExtractor: async () => {
      const extractor = await currentExtractor(db);
      return (article) =>
        extractor.findMentions({
          title: article.title,
          text: article.text,
          publishedAt: article.publishedAt?.slice(0, 10) ?? null,
        });
    },
    storeProposals: async (article, events) => {
      await saveProposals(db, article, events);
    },
    confirmedEvidence: async (article) =>
      (await eventsOfArticle(db, article.id)).flatMap((event) =>
        event.status === 'confirmed' && event.evidence.selector
          ? [{ id: event.id, selector: event.evidence.selector, hint: event.evidence.start }]
          : [],
      ),
    paint: async (tabId, article, mentions, confirmed) => {
      const paintId = crypto.randomUUID();
      const painted = await sendToTab(tabId, 'paint-mentions', {
        paintId,
        mentions: paintMentionsOf(article.text, mentions),
        confirmed: [...confirmed],
      });
      // The cards only matter on hover: they follow once the highlights are up. A page closed or
      // reloaded meanwhile has nothing to describe, so a failure here is not worth reporting.
      sendToTab(tabId, 'describe-mentions', { paintId, cards: mentionCards(mentions) }).catch(
        () => undefined,
      );
      return painted;
    },
    publishStatus: publishTabStatus,
    now: () => new Date(),
    // Test builds give up on a frozen page sooner, so their test of it stays short.
    pageDeadlineMs: import.meta.env.MODE === 'test' ? 5_000 : undefined,
  };

  const analyse = async (tabId: number, mode: AnalysisMode) => {
    const tab = await browser.tabs.get(tabId);
    return analyseTab({ id: tabId, url: tab.url ?? '' }, mode, ports);
  };

  // Toolbar button and the keyboard shortcut (`_execute_action`) both land here, with activeTab granted.
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab);
    if (tab.id !== undefined) void analyseTab({ id: tab.id, url: tab.url ?? '' }, 'page', ports);
  });

  const handlers: RuntimeHandlers<Browser.runtime.MessageSender> = {
    'analyse-tab': ({ tabId }) => analyse(tabId, 'page'),
    'analyse-selection': ({ tabId }) => analyse(tabId, 'selection'),
    'correct-selection': async ({ tabId, teach }) => {
      await ports.inject(tabId);
      const { text } = await sendToTab(tabId, 'read-selection', {});
      await saveCorrection(db, text, teach);
      return analyse(tabId, 'page');
    },
    'highlights-changed': async ({ highlights }, sender) => {
      const tabId = sender.tab?.id;
      const status = tabId === undefined ? null : await readTabStatus(tabId);
      // Only the page the status describes: a message from a page navigated since changes nothing.
      if (status?.state === 'captured' && status.url === sender.tab?.url) {
        await publishTabStatus({ ...status, highlights, updatedAt: new Date().toISOString() });
      }
      return {};
    },
    'event-from-selection': async ({ tabId }) => {
      const status = await readTabStatus(tabId);
      const article = status?.state === 'captured' ? await getArticle(db, status.articleId) : undefined;
      if (!article)
        throw new Error('Analyse the page first, then select the sentence that reports the event.');
      await ports.inject(tabId);
      const { text } = await sendToTab(tabId, 'read-selection', {});
      const extract = await ports.loadExtractor();
      const event = eventFromSelection(article, text, extract(article), new Date());
      // The extractor may have proposed this very event already: point at it rather than copy it.
      const proposed = await proposalId(article.id, event);
      if (await getEvent(db, { id: proposed, articleId: article.id }))
        return { eventId: proposed, existing: true };
      return { eventId: (await addUserEvent(db, article, event)).id, existing: false };
    },
    'suggest-places': async ({ query, country }) => ({
      places: suggestPlaces(await loadShippedGazetteer(), query, { country }),
    }),
    'suggest-actors': async ({ query, country, date }) => ({
      actors: suggestActors(loadActorDictionary(), query, { focusCountry: country, publishedAt: date }),
    }),
    'show-evidence': async ({ tabId, selector, hint }) => {
      await ports.inject(tabId);
      await ports.prepareHighlights(tabId);
      return sendToTab(tabId, 'flash-quote', { selector, hint });
    },
    ...(import.meta.env.MODE === 'test' ? testHandlers(db, ports) : {}),
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const reply = dispatchMessage(RuntimeMessages, handlers, raw, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => sendResponse({ error: errorMessage(error) }));
    return true;
  });

  // Opt-in: sites the user chose are analysed when a page finishes loading there.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') injected.delete(tabId);
    if (change.status !== 'complete' || !tab.url) return;
    void analyseIfAutomatic(db, tabId, tab.url, ports);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    injected.delete(tabId);
    void forgetTabStatus(tabId);
  });
});

async function analyseIfAutomatic(
  db: ConflictReaderDatabase,
  tabId: number,
  url: string,
  ports: AnalysisPorts,
): Promise<void> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return;
  }
  const settings = await loadSettings(db);
  if (!settings.autoAnalyseOrigins.includes(origin)) return;
  if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return;
  await analyseTab({ id: tabId, url }, 'page', ports);
}
