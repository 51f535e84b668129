import type { Lesson, TabStatus } from '../schema';

/** What correcting the selection in a tab needs; the background supplies real ones, tests fakes. */
export interface CorrectionPorts {
  /** Make sure the content script runs in the tab. */
  inject(tabId: number): Promise<void>;
  /** The text the user has selected in the tab's page. */
  readSelection(tabId: number): Promise<string>;
  /** Keep the lesson about these words, for every page analysed from now on. */
  saveCorrection(surface: string, lesson: Lesson): Promise<void>;
  /** Analyse the tab's page again. */
  analyse(tabId: number): Promise<TabStatus>;
}

/**
 * Teach the extractor about the words selected in a tab, then analyse the tab again so that its
 * page shows the correction at once. Returns the new status.
 */
export async function correctSelection(
  tabId: number,
  lesson: Lesson,
  ports: CorrectionPorts,
): Promise<TabStatus> {
  await ports.inject(tabId);
  const surface = await ports.readSelection(tabId);
  await ports.saveCorrection(surface, lesson);
  return ports.analyse(tabId);
}
