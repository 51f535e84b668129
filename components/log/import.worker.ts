// The import's worker (see ImportJob): it reads and checks a file, keeps the plan, and writes it
// when asked.
import { applyImport, ImportWriteError, planImport, type ImportPlan } from '@/lib/exchange';
import { ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';
import type { ImportAnswer, ImportRequest } from './import-job';
import { summarizePlan } from './plan-summary';

let plan: ImportPlan | null = null;

const answer = (message: ImportAnswer) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    if (data.kind === 'read') {
      plan = planImport(await data.file.arrayBuffer(), data.file.name);
      answer({ kind: 'planned', plan: summarizePlan(plan) });
      return;
    }
    if (!plan) throw new Error('no file has been read');
    const db = new ConflictReaderDatabase(data.databaseName);
    try {
      answer({ kind: 'applied', report: await applyImport(db, plan) });
    } finally {
      db.close();
    }
  } catch (error) {
    answer({ kind: 'failed', message: errorMessage(error), writeFailed: error instanceof ImportWriteError });
  }
};
