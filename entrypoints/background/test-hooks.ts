import { browser, type Browser } from 'wxt/browser';
import type { AnalysisMode, AnalysisPorts } from '@/lib/analysis/analyse-tab';
import type { TabStatus } from '@/lib/schema';
import type { RuntimeHandlers } from '@/lib/messaging';
import { epochNow, type AnalysisTimings } from '@/lib/schema/analysis-timings';
import { allEvents, listArticles, type ConflictReaderDatabase } from '@/lib/storage';
import { readAllTabStatuses } from './tab-status-store';

/**
 * Hooks compiled only into `--mode test` builds. Browser automation can't press the toolbar button,
 * and Firefox's can't open extension pages, so tests reach the extension through these instead.
 */
export function testHandlers(
  db: ConflictReaderDatabase,
  ports: AnalysisPorts,
  /** Analyse a tab as the toolbar button does, through these ports (timed ones, here). */
  analyse: (tab: { id: number; url: string }, mode: AnalysisMode, using: AnalysisPorts) => Promise<TabStatus>,
): RuntimeHandlers<Browser.runtime.MessageSender> {
  const backgroundReadyAt = epochNow();
  return {
    'test:analyse-sender': async ({ selection }, sender) => {
      const receivedAt = epochNow();
      const tab = sender.tab;
      if (tab?.id === undefined) throw new Error('test:analyse-sender must come from a tab');
      const { timed, timings } = timedPorts(ports);
      const status = await analyse(
        { id: tab.id, url: tab.url ?? '' },
        selection ? 'selection' : 'page',
        timed,
      );
      return {
        ...status,
        bench: {
          backgroundStartedAt: performance.timeOrigin,
          backgroundReadyAt,
          receivedAt,
          ...timings,
        },
      };
    },
    'test:confirm-first-event': async (_payload, sender) => {
      if (sender.tab?.id === undefined) throw new Error('test:confirm-first-event must come from a tab');
      return withPanel(sender.tab.id, async (panel) => {
        const card = await waitFor(() => panel.querySelector<HTMLElement>('.event-card.status-proposed'));
        const confirm = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Confirm');
        if (!confirm) throw new Error('no Confirm button on the first proposed event');
        confirm.click();
        const eventId = card.dataset.eventId ?? '';
        // The panel writes the decision and shows it; keep it open until it has.
        await waitFor(() => panel.querySelector(`.event-card.status-confirmed[data-event-id="${eventId}"]`));
        return { eventId };
      });
    },
    'test:check-log': async ({ fatalities }) =>
      withPage('/log.html#/events', async (log) => {
        const rows = await waitFor(() => {
          const found = [...log.querySelectorAll<HTMLElement>('.event-rows [data-event-id]')];
          return found.length ? found : null;
        });
        const count = (selector: string) => log.querySelectorAll(selector).length;
        // The map draws its outlines and markers, and the timeline its bars, once the log is in.
        await waitFor(() => count('.event-map .marker-cluster, .event-map path.event-marker') > 0);
        await waitFor(() => count('.timeline rect.bar') > 0);
        const summary = {
          rowIds: rows.map((row) => row.dataset.eventId ?? ''),
          outlines: count('.event-map .leaflet-overlay-pane path'),
          markers: count('.event-map .marker-cluster, .event-map path.event-marker'),
          bars: count('.timeline rect.bar'),
        };
        const first = rows[0] as HTMLElement;
        const editedId = first.dataset.eventId ?? '';
        first.querySelector<HTMLButtonElement>('.edit-button')?.click();
        const editor = await waitFor(() => log.querySelector<HTMLElement>('.row-editor'));
        const killed = [...editor.querySelectorAll('label')].find((l) => l.textContent === 'Killed');
        const input = log.getElementById(killed?.htmlFor ?? '') as HTMLInputElement | null;
        if (!input) throw new Error('no Killed field in the row editor');
        // React listens for input events and reads the value through the prototype's setter.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(input, String(fatalities));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        [...editor.querySelectorAll('button')].find((b) => b.textContent === 'Save')?.click();
        await waitFor(
          async () => (await allEvents(db)).find((e) => e.id === editedId)?.fatalities === fatalities,
        );
        await waitFor(() => !log.querySelector('.row-editor'));
        // The export reads the log's live list: wait until it shows the edit, as a reader would see it.
        await waitFor(
          () =>
            log.querySelector(`.event-rows [data-event-id="${editedId}"] .number`)?.textContent ===
            String(fatalities),
        );
        const csv = await exportedCsv(log);
        return { ...summary, editedId, csv, reimport: await importFile(log, csv) };
      }),
    'test:open-log': async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/log.html#/events') });
      return {};
    },
    'test:dump': async (_payload, sender) => ({
      articles: await listArticles(db),
      events: await allEvents(db),
      corrections: await db.corrections.toArray(),
      tabStatuses: await readAllTabStatuses(),
      panelText: sender.tab?.id === undefined ? null : await renderPanelText(sender.tab.id),
    }),
  };
}

/**
 * The analysis ports, timed for `npm run bench:page`; loading the extractor says itself where its
 * time went (see LoadTimings).
 */
function timedPorts(ports: AnalysisPorts): {
  timed: AnalysisPorts;
  timings: Omit<AnalysisTimings, 'backgroundStartedAt' | 'backgroundReadyAt' | 'receivedAt'>;
} {
  const timings = {
    hostMs: 0,
    gazetteerMs: 0,
    warmUpMs: 0,
    extractorMs: 0,
    injectMs: 0,
    captureRoundTripMs: 0,
    extractorReadyAt: 0,
    capturedAt: 0,
  };
  const timed: AnalysisPorts = {
    ...ports,
    inject: async (tabId) => {
      const started = performance.now();
      await ports.inject(tabId);
      timings.injectMs = performance.now() - started;
    },
    capture: async (tabId, mode) => {
      const started = performance.now();
      const result = await ports.capture(tabId, mode);
      timings.captureRoundTripMs = performance.now() - started;
      timings.capturedAt = epochNow();
      return result;
    },
    loadExtractor: async () => {
      const extractor = await ports.loadExtractor();
      Object.assign(timings, extractor.timings);
      timings.extractorReadyAt = epochNow();
      return extractor;
    },
  };
  return { timed, timings };
}

/**
 * Render the side panel for a tab in a hidden frame and act on it, where the background has a DOM
 * (Firefox's event page). Chrome's service worker has none: there tests open the panel as a page.
 */
function withPanel<T>(tabId: number, act: (panel: Document) => Promise<T>): Promise<T> {
  return withPage(`/sidepanel.html?tabId=${tabId}`, act);
}

/** An extension page loaded in a frame of the background page (given a window's size), acted on. */
async function withPage<T>(path: string, act: (page: Document) => Promise<T>): Promise<T> {
  if (typeof document === 'undefined') throw new Error('no DOM in this background context');
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = 'width: 1280px; height: 1000px; border: 0';
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const panel = frame.contentDocument;
    if (!panel) throw new Error('the side panel did not load');
    return await act(panel);
  } finally {
    frame.remove();
  }
}

/**
 * Export every event as CSV (written by the export's worker) and return the file, caught before
 * the browser saves it: a download started in a frame of the background page is out of the
 * automation's reach.
 */
async function exportedCsv(log: Document): Promise<string> {
  const view = log.defaultView;
  if (!view) throw new Error('the log page has no window');
  let saved: Blob | null = null;
  view.URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof MediaSource) throw new Error('expected a file');
    saved = blob;
    return 'about:blank';
  };
  view.HTMLAnchorElement.prototype.click = () => undefined;
  log.querySelector<HTMLInputElement>('input[name="export-scope"]:not(:checked)')?.click();
  [...log.querySelectorAll('button')].find((b) => b.textContent === 'CSV')?.click();
  const file = await waitFor(() => saved);
  return file.text();
}

/** Import `csv` as a file chosen in the log page's import panel; returns what the panel reports. */
async function importFile(log: Document, csv: string): Promise<string> {
  const input = log.querySelector<HTMLInputElement>('.import-panel input[type=file]');
  if (!input) throw new Error('no file input in the import panel');
  const files = new DataTransfer();
  files.items.add(new File([csv], 'exported.csv', { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const accept = await waitFor(() =>
    [...log.querySelectorAll('.import-plan button')].find((b) => b.textContent?.startsWith('Import ')),
  );
  (accept as HTMLButtonElement).click();
  const report = await waitFor(() => log.querySelector('.import-panel [role=status]'));
  return report.textContent ?? '';
}

/** The panel's text once it has settled: status read, and the article shown when there is one. */
async function renderPanelText(tabId: number): Promise<string | null> {
  if (typeof document === 'undefined') return null;
  return withPanel(tabId, async (panel) => {
    const main = await waitFor(() => {
      const element = panel.querySelector<HTMLElement>('main.panel');
      const { status, article } = element?.dataset ?? {};
      const settled = status !== undefined && status !== 'loading' && status !== 'capturing';
      return element && settled && (status !== 'captured' || article === 'shown') ? element : null;
    });
    return main.innerText;
  });
}

async function waitFor<T>(find: () => T | null | undefined | Promise<T>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`the extension page did not settle within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
