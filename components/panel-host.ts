import type { AnalysisMode } from '@/lib/analysis/analyse-tab';
import type { TabStatus, TextQuoteSelector } from '@/lib/schema';
import type { Lesson } from '@/lib/schema';
import type { Suggester } from './suggestions';

/** What the side panel needs from the browser; the entrypoint supplies it, so the view stays plain React. */
export interface PanelHost {
  activeTabId(): Promise<number | null>;
  /** Calls back when the user switches tabs; returns an unsubscribe function. */
  watchActiveTab(listener: (tabId: number | null) => void): () => void;
  readStatus(tabId: number): Promise<TabStatus | null>;
  /** Calls back whenever any tab's status changes; returns an unsubscribe function. */
  /** Every change of a tab's status; null when it was cleared (the tab loaded another page). */
  watchStatuses(listener: (tabId: number, status: TabStatus | null) => void): () => void;
  analyse(tabId: number, mode: AnalysisMode): Promise<TabStatus>;
  openLog(): void;
  /** Teach the extractor about the words selected in the tab; the tab is analysed again. */
  teach(tabId: number, lesson: Lesson): Promise<TabStatus>;
  /** Scroll the tab's page to a quote and flash it; false when the page no longer has it. */
  showInPage(tabId: number, selector: TextQuoteSelector, hint: number): Promise<boolean>;
  /** Make an event from the sentence selected in the tab; its id, and whether it was proposed already. */
  eventFromSelection(tabId: number): Promise<{ eventId: string; existing: boolean }>;
  /** Autocomplete for the event editor. */
  suggest: Suggester;
}
