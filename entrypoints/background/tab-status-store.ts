import { browser } from 'wxt/browser';
import { TabStatusSchema, type TabStatus } from '@/lib/schema';

/** Per-tab capture status lives in session storage: the side panel reads it, and it dies with the browser session. */
const keyFor = (tabId: number) => `tab-status:${tabId}`;

/** The tab a storage key holds the status of, or null for another key. */
export function tabIdOfKey(key: string): number | null {
  const match = /^tab-status:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

export async function publishTabStatus(status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [keyFor(status.tabId)]: status });
}

export async function readTabStatus(tabId: number): Promise<TabStatus | null> {
  const key = keyFor(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = TabStatusSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTabStatus(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}

export async function readAllTabStatuses(): Promise<TabStatus[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('tab-status:'))
    .flatMap(([, value]) => {
      const parsed = TabStatusSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
}
