import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseTab, type AnalysisMode, type AnalysisPorts } from '@/lib/analysis/analyse-tab';
import { dispatchMessage, sendTyped, type Handlers } from '@/lib/messaging';
import { quoteSelectorFor } from '@/lib/anchoring/quote-selector';
import { describeMention } from '@/lib/highlights/describe-mention';
import {
  ConflictReaderDatabase,
  eventsOfArticle,
  loadSettings,
  saveArticle,
  saveCorrection,
  saveProposals,
} from '@/lib/storage';
import { currentExtractor } from './extractor';
import { openPanel } from './open-panel';
import { forgetTabStatus, publishTabStatus } from './tab-status-store';
import { testHandlers } from './test-hooks';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The transport for messages to a tab's content script. */
const toTab = (tabId: number) => (envelope: unknown) => browser.tabs.sendMessage(tabId, envelope);

export default defineBackground(() => {
  const db = new ConflictReaderDatabase();

  const ports: AnalysisPorts = {
    inject: async (tabId) => {
      // Loading the content script again costs more than asking whether it is there.
      const present = await sendTyped(toTab(tabId), 'ping', {}).catch(() => null);
      if (!present) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
    capture: (tabId, mode) =>
      sendTyped(toTab(tabId), mode === 'page' ? 'capture-page' : 'capture-selection', {}),
    store: async (article) => {
      await saveArticle(db, article);
    },
    extract: async (article) =>
      (await currentExtractor(db)).extract({
        title: article.title,
        text: article.text,
        publishedAt: article.publishedAt?.slice(0, 10) ?? null,
      }),
    storeProposals: async (article, events) => {
      await saveProposals(db, article, events);
    },
    paint: async (tabId, article, mentions) => {
      const confirmed = (await eventsOfArticle(db, article.id)).flatMap((event) =>
        event.status === 'confirmed' && event.evidence.selector
          ? [{ id: event.id, selector: event.evidence.selector, hint: event.evidence.start }]
          : [],
      );
      return sendTyped(toTab(tabId), 'paint-mentions', {
        items: mentions.map((m) => ({
          kind: m.kind,
          selector: quoteSelectorFor(article.text, m.start, m.end),
          hint: m.start,
          ...describeMention(m),
        })),
        confirmed,
      });
    },
    publishStatus: publishTabStatus,
    now: () => new Date(),
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

  const handlers: Handlers<Browser.runtime.MessageSender> = {
    'analyse-tab': ({ tabId }) => analyse(tabId, 'page'),
    'analyse-selection': ({ tabId }) => analyse(tabId, 'selection'),
    'correct-selection': async ({ tabId, teach }) => {
      await ports.inject(tabId);
      const { text } = await sendTyped(toTab(tabId), 'read-selection', {});
      await saveCorrection(db, text, teach);
      return analyse(tabId, 'page');
    },
    'show-evidence': async ({ tabId, selector, hint }) => {
      await ports.inject(tabId);
      return sendTyped(toTab(tabId), 'flash-quote', {
        selector,
        hint,
      });
    },
    ...(import.meta.env.MODE === 'test' ? testHandlers(db, ports) : {}),
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const reply = dispatchMessage(handlers, raw, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  // Opt-in: sites the user chose are analysed when a page finishes loading there.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    void analyseIfAutomatic(db, tabId, tab.url, ports);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabStatus(tabId));
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
