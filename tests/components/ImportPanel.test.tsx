// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/log/ImportPanel';
import type { ImportAnswer, ImportRequest } from '@/components/log/import-job';
import { summarizePlan } from '@/components/log/plan-summary';
import { applyImport, type ImportPlan } from '@/lib/exchange';
import { ConflictReaderDatabase } from '@/lib/storage';
import type { EventStatus } from '@/lib/schema';
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
  onmessage: ((event: { data: ImportAnswer }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(request: ImportRequest) {
    const plan = backupPlan();
    const answer = async (): Promise<ImportAnswer> =>
      request.kind === 'read'
        ? { kind: 'planned', plan: summarizePlan(plan) }
        : { kind: 'applied', report: await applyImport(db, plan) };
    PlanWorker.answering = answer().then((data) => this.onmessage?.({ data }));
  }
  terminate() {}
}

beforeEach(() => vi.stubGlobal('Worker', PlanWorker));
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
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
