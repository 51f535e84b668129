import { ImportWriteError, type ImportChoices, type ImportReport } from '@/lib/exchange';
import type { PlanSummary } from './plan-summary';

export type { PlanSummary };

export type ImportRequest =
  | { kind: 'read'; file: File; databaseName: string }
  | { kind: 'apply'; databaseName: string; choices: ImportChoices };

export type ImportAnswer =
  | { kind: 'planned'; plan: PlanSummary }
  | { kind: 'applied'; report: ImportReport }
  | { kind: 'failed'; message: string; writeFailed: boolean };

/**
 * One import, run by a worker from reading the file to writing it: a file of up to hundreds of
 * megabytes is parsed and checked there, and its records never cross to the page, which stays
 * responsive and only ever holds the summary. End it (cancel, or done) to free the worker.
 */
export class ImportJob {
  private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  private writing = false;
  private ended = false;

  /** Read and check the file, and compare it with the log; nothing is written. */
  async read(file: File, databaseName: string): Promise<PlanSummary> {
    const answer = await this.ask({ kind: 'read', file, databaseName });
    if (answer.kind === 'planned') return answer.plan;
    throw new Error(answer.kind === 'failed' ? answer.message : 'the import worker answered out of turn');
  }

  /** Write what the file holds that the log lacks, as the user chose, in one transaction (see applyImport). */
  async apply(databaseName: string, choices: ImportChoices): Promise<ImportReport> {
    this.writing = true;
    try {
      const answer = await this.ask({ kind: 'apply', databaseName, choices });
      if (answer.kind === 'applied') return answer.report;
      if (answer.kind === 'failed' && answer.writeFailed) throw new ImportWriteError(answer.message);
      throw new Error(answer.kind === 'failed' ? answer.message : 'the import worker answered out of turn');
    } finally {
      this.writing = false;
      if (this.ended) this.worker.terminate();
    }
  }

  /**
   * Free the worker. A write under way is let finish first: the user accepted it, and stopping
   * it (leaving the page section, say) would silently drop the whole import.
   */
  end(): void {
    this.ended = true;
    if (!this.writing) this.worker.terminate();
  }

  private ask(request: ImportRequest): Promise<ImportAnswer> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }: MessageEvent<ImportAnswer>) => resolve(data);
      this.worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
      this.worker.postMessage(request);
    });
  }
}
