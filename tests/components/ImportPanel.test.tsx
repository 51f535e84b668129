// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/log/ImportPanel';
import type { ImportAnswer, ImportRequest } from '@/components/log/import-job';
import { compareWithLog, summarizePlan } from '@/components/log/plan-summary';
import { applyImport, type ImportPlan } from '@/lib/exchange';
import { allEvents, ConflictReaderDatabase, putEvents } from '@/lib/storage';
import type { Correction, EventStatus } from '@/lib/schema';
import { logEvent } from '../log/log-fixtures';
import { button, mount, press } from './support';

/** A backup's plan: 15 events of the log, 100 proposals waiting for review and 23 rejected. */
function backupPlan(): ImportPlan {
  const some = (n: number, status: EventStatus) =>
    Array.from({ length: n }, (_, i) => logEvent(`${status}-${i}`, { status }));
  return {
    fileName: 'backup.json',
    format: 'backup-json',
    fileError: null,
    articles: [],
    events: [...some(15, 'confirmed'), ...some(100, 'proposed'), ...some(23, 'rejected')],
    corrections: [],
    rejected: [],
  };
}

const db = new ConflictReaderDatabase('import-panel-test');

/** The import's worker, played by the real summary and write on the test's plan. */
class PlanWorker {
  /** The answer being worked out, for a test to wait on. */
  static answering: Promise<void> = Promise.resolve();
  /** The plan the file reads as. */
  static plan: () => ImportPlan = backupPlan;
  onmessage: ((event: { data: ImportAnswer }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(request: ImportRequest) {
    const plan = PlanWorker.plan();
    const answer = async (): Promise<ImportAnswer> =>
      request.kind === 'read'
        ? { kind: 'planned', plan: summarizePlan(plan, await compareWithLog(db, plan)) }
        : { kind: 'applied', report: await applyImport(db, plan, request.choices) };
    PlanWorker.answering = answer().then((data) => this.onmessage?.({ data }));
  }
  terminate() {}
}

beforeEach(() => {
  PlanWorker.plan = backupPlan;
  vi.stubGlobal('Worker', PlanWorker);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete({ disableAutoOpen: false });
});

/** Choose a file in the panel's file field, as the browser would report it. */
async function choose(host: HTMLElement) {
  const input = host.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file field');
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await PlanWorker.answering;
  });
}

describe('the import panel’s summary', () => {
  it('counts the log’s events apart from proposals and rejected proposals, before and after writing', async () => {
    const host = mount(<ImportPanel db={db} />);
    await choose(host);
    const plan = host.querySelector('[aria-label="What the file holds"] p')?.textContent ?? '';
    expect(plan).toContain(
      'can be imported: 15 events, plus 100 proposals and 23 rejected proposals, with 0 articles and 0 corrections.',
    );
    expect(plan).not.toContain('138 events');
    await press(button(host, 'Import 138 records'));
    await act(() => PlanWorker.answering);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      "Imported 138 new records from backup.json: 15 events, plus 100 proposals and 23 rejected proposals, with 0 articles and 0 corrections (0 of the file's events were already in the log); 0 rows refused.",
    );
  });
});

const lesson = (id: string, surface: string): Correction => ({
  id,
  action: 'not-entity',
  entityKind: 'place',
  surface,
  createdAt: '2024-05-10T10:00:00.000Z',
  updatedAt: '2024-05-10T10:00:00.000Z',
});

/** A colleague's backup: two corrections, and an event the log holds with other notes. */
function colleaguePlan(): ImportPlan {
  return {
    fileName: 'colleague.json',
    format: 'backup-json',
    fileError: null,
    articles: [],
    events: [logEvent('shared', { notes: 'their notes' })],
    corrections: [lesson('c-a', 'Marrowby'), lesson('c-b', 'Quillfield')],
    rejected: [],
  };
}

function checkbox(host: HTMLElement, text: string): HTMLInputElement {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no choice “${text}”`);
  return input;
}

describe('the import panel’s choices', () => {
  it('lists each correction unticked and imports only the ones the user ticks', async () => {
    PlanWorker.plan = colleaguePlan;
    const host = mount(<ImportPanel db={db} />);
    await choose(host);
    const first = checkbox(host, '“Marrowby” is not a place');
    expect(first.checked).toBe(false);
    expect(checkbox(host, '“Quillfield” is not a place').checked).toBe(false);
    expect(button(host, 'Import 1 records')).toBeDefined();
    await press(first);
    await press(button(host, 'Import 2 records'));
    await act(() => PlanWorker.answering);
    expect((await db.corrections.toArray()).map((c) => c.id)).toEqual(['c-a']);
    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      '1 correction not accepted, so not imported',
    );
  });

  it('shows the fields that differ for an event already in the log and keeps mine unless told otherwise', async () => {
    await putEvents(db, [logEvent('shared', { notes: 'my notes' })]);
    PlanWorker.plan = colleaguePlan;
    const host = mount(<ImportPanel db={db} />);
    await choose(host);
    const group = host.querySelector('[aria-label="Event shared"]');
    expect(group?.textContent).toContain('notesmy notestheir notes');
    expect(checkbox(host, 'Keep mine').checked).toBe(true);
    await press(checkbox(host, 'Take the file’s'));
    await press(button(host, 'Import 1 records'));
    await act(() => PlanWorker.answering);
    expect((await allEvents(db)).map((e) => e.notes)).toEqual(['their notes']);
    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      '1 event replaced by the file’s version',
    );
  });

  it('states the import’s length limits in plain words', async () => {
    const host = mount(<ImportPanel db={db} />);
    await choose(host);
    expect(host.textContent).toContain('notes and evidence quotes 20,000 characters');
  });
});
