import { browser } from 'wxt/browser';
import type { PanelHost } from '@/components/panel-host';
import { RuntimeMessages, sendTyped } from '@/lib/messaging';
import { backgroundTransport } from '@/lib/messaging/background-transport';
import { TabStatusSchema } from '@/lib/schema';
import { backgroundSuggester } from '../background/suggest-client';
import { readTabStatus, tabIdOfKey } from '../background/tab-status-store';

/** To the background, sent again if it was going away (see backgroundTransport). */
const transport = backgroundTransport((envelope) => browser.runtime.sendMessage(envelope));

/**
 * `sidepanel.html?tabId=N` pins the panel to one tab (the panel opened as a page of its own, as the
 * browser tests do); otherwise it follows the active tab of its window.
 */
const pinnedTabId = Number(new URLSearchParams(location.search).get('tabId')) || null;

export const browserPanelHost: PanelHost = {
  async activeTabId() {
    if (pinnedTabId !== null) return pinnedTabId;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  watchActiveTab(listener) {
    if (pinnedTabId !== null) return () => undefined;
    const onActivated = (info: { tabId: number }) => listener(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  },
  readStatus: readTabStatus,
  watchStatuses(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        const tabId = tabIdOfKey(key);
        if (tabId === null) continue;
        // Removed: the tab loaded another page (see the background's forgetFinishedStatus).
        if (change.newValue === undefined) {
          listener(tabId, null);
          continue;
        }
        const parsed = TabStatusSchema.safeParse(change.newValue);
        if (parsed.success) listener(parsed.data.tabId, parsed.data);
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  analyse: (tabId, mode) =>
    sendTyped(RuntimeMessages, transport, mode === 'page' ? 'analyse-tab' : 'analyse-selection', { tabId }),
  async showInPage(tabId, selector, hint) {
    return (await sendTyped(RuntimeMessages, transport, 'show-evidence', { tabId, selector, hint })).found;
  },
  teach: (tabId, lesson) =>
    sendTyped(RuntimeMessages, transport, 'correct-selection', { tabId, teach: lesson }),
  eventFromSelection: (tabId) => sendTyped(RuntimeMessages, transport, 'event-from-selection', { tabId }),
  suggest: backgroundSuggester,
  openLog() {
    void browser.tabs.create({ url: browser.runtime.getURL('/log.html') });
  },
};
