import type { AcledCsvOptions } from '@/lib/exchange';
import type { Article, ConflictEvent } from '@/lib/schema';
import type { CsvPieceAnswer, CsvPieceRequest } from './csv-export.worker';

/** Below this many events a second worker costs more than it saves. */
const EVENTS_PER_WORKER = 10_000;
const MAX_WORKERS = 4;

/**
 * The CSV file of these events, written by workers, one slice of the events each, in parallel: at
 * 100,000 events papaparse takes seconds of CPU and leaves many short-lived strings, which on the
 * log page's own thread would freeze it and pay for collecting garbage across its heap.
 */
export async function csvInWorkers(
  events: readonly ConflictEvent[],
  articles: readonly Article[],
  options: AcledCsvOptions,
): Promise<Blob> {
  const count = Math.max(
    1,
    Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1, Math.ceil(events.length / EVENTS_PER_WORKER)),
  );
  const size = Math.ceil(events.length / count);
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const pieces = Array.from({ length: count }, (_, i) => {
    const slice = events.slice(i * size, (i + 1) * size);
    const sliceArticles = [...new Set(slice.map((e) => e.articleId))].flatMap(
      (id) => articleOf.get(id) ?? [],
    );
    // Only the first piece starts the file: the header (and the byte-order mark for Excel).
    return csvPiece({ events: slice, articles: sliceArticles, options: { ...options, header: i === 0 } });
  });
  return new Blob(await Promise.all(pieces), { type: 'text/csv;charset=utf-8' });
}

function csvPiece(request: CsvPieceRequest): Promise<Blob> {
  const worker = new Worker(new URL('./csv-export.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<CsvPieceAnswer>) =>
      'blob' in data ? resolve(data.blob) : reject(new Error(data.error));
    worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
