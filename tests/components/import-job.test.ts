import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportWriteError, NO_CHOICES, type ImportReport } from '@/lib/exchange';
import { ImportJob, type ImportAnswer, type PlanSummary } from '@/components/log/import-job';

/** A stand-in for the import's worker: it records what it is sent, and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: ImportAnswer }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: ImportAnswer) {
    this.onmessage?.({ data });
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

const plan: PlanSummary = {
  fileName: 'backup.json',
  format: 'backup-json',
  fileError: null,
  rejected: [],
  counts: { articles: 1, events: 2, corrections: 0 },
  eventStatuses: { confirmed: 1, proposed: 1, rejected: 0 },
  newCorrections: [],
  newCorrectionCount: 0,
  conflicts: [],
  conflictCount: 0,
};
const report = { fileName: 'backup.json', added: 3 } as ImportReport;

async function readJob() {
  const job = new ImportJob();
  const worker = FakeWorker.made[0] as FakeWorker;
  const reading = job.read(new File(['{}'], 'backup.json'), 'conflict-reader');
  worker.answer({ kind: 'planned', plan });
  expect(await reading).toEqual(plan);
  return { job, worker };
}

describe('an import run by its worker', () => {
  it('reads, then writes when asked, and frees the worker when ended', async () => {
    const { job, worker } = await readJob();
    const writing = job.apply('conflict-reader', NO_CHOICES);
    expect(worker.sent.at(-1)).toEqual({
      kind: 'apply',
      databaseName: 'conflict-reader',
      choices: NO_CHOICES,
    });
    worker.answer({ kind: 'applied', report });
    expect(await writing).toBe(report);
    job.end();
    expect(worker.terminated).toBe(true);
  });

  it('lets a write under way finish when ended, then frees the worker', async () => {
    const { job, worker } = await readJob();
    const writing = job.apply('conflict-reader', NO_CHOICES);
    job.end();
    expect(worker.terminated).toBe(false);
    worker.answer({ kind: 'applied', report });
    expect(await writing).toBe(report);
    expect(worker.terminated).toBe(true);
  });

  it('reports a refused write as such, and any other failure as an error', async () => {
    const { job, worker } = await readJob();
    const refused = job.apply('conflict-reader', NO_CHOICES);
    worker.answer({ kind: 'failed', message: 'Nothing was imported: no space left', writeFailed: true });
    await expect(refused).rejects.toBeInstanceOf(ImportWriteError);
    const failed = job.apply('conflict-reader', NO_CHOICES);
    worker.answer({ kind: 'failed', message: 'no file has been read', writeFailed: false });
    await expect(failed).rejects.toThrow('no file has been read');
    await expect(failed).rejects.not.toBeInstanceOf(ImportWriteError);
    expect(worker.terminated).toBe(false);
  });
});
