import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Open the side panel for a tab. Must run synchronously inside the toolbar/shortcut handler:
 * both browsers only allow opening the panel in response to a user action.
 */
export function openPanel(tab: { id?: number; windowId?: number }): void {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) {
    sidebarAction.open().catch(() => undefined);
    return;
  }
  if (browser.sidePanel && tab.id !== undefined) {
    browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
  }
}
