import type { AcledCsvOptions } from '@/lib/exchange';
import type { CsvExportAnswer, CsvExportRequest } from './csv-export.worker';

/**
 * The CSV file of these stored events, written in a worker: at 100,000 events that is about a
 * second of papaparse and many short-lived strings, which on the log page's own thread would
 * freeze it and pay for collecting garbage across its big heap.
 */
export function csvInWorker(ids: readonly string[], options: AcledCsvOptions): Promise<Blob> {
  const worker = new Worker(new URL('./csv-export.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<CsvExportAnswer>) =>
      'blob' in data ? resolve(data.blob) : reject(new Error(data.error));
    worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed'));
    const request: CsvExportRequest = { ids: [...ids], options };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
