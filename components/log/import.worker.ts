// The import's worker (see ImportJob): it reads and checks a file, compares it with the log, keeps
// the plan, and writes it as the user chose when asked.
import { applyImport, ImportWriteError, planImport, type ImportPlan } from '@/lib/exchange';
import { ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';
import type { ImportAnswer, ImportRequest } from './import-job';
import { compareWithLog, summarizePlan } from './plan-summary';

let plan: ImportPlan | null = null;

const answer = (message: ImportAnswer) => self.postMessage(message);

async function withDatabase<T>(name: string, use: (db: ConflictReaderDatabase) => Promise<T>): Promise<T> {
  const db = new ConflictReaderDatabase(name);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    if (data.kind === 'read') {
      const read = planImport(await data.file.arrayBuffer(), data.file.name);
      plan = read;
      const log = await withDatabase(data.databaseName, (db) => compareWithLog(db, read));
      answer({ kind: 'planned', plan: summarizePlan(read, log) });
      return;
    }
    const current = plan;
    if (!current) throw new Error('no file has been read');
    const report = await withDatabase(data.databaseName, (db) => applyImport(db, current, data.choices));
    answer({ kind: 'applied', report });
  } catch (error) {
    answer({ kind: 'failed', message: errorMessage(error), writeFailed: error instanceof ImportWriteError });
  }
};
