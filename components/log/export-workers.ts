import { exportArticle, type AcledCsvOptions, type LeftOutEvent } from '@/lib/exchange';
import type { Article, ConflictEvent } from '@/lib/schema';
import type { CsvPieceRequest } from './csv-export.worker';
import type { FileExportRequest } from './file-export.worker';

/** What an export worker answers: its file (or piece of one), or why it could not. */
export type ExportAnswer = { blob: Blob; leftOut?: LeftOutEvent[] } | { error: string };

/** Below this many events a second CSV worker costs more than it saves. */
const EVENTS_PER_WORKER = 10_000;
const MAX_WORKERS = 4;

/**
 * Exports are written in workers: at 100,000 events each takes seconds of CPU and leaves many
 * short-lived strings, which on the log page's own thread would freeze it and pay for collecting
 * garbage across its heap. The CSV is written by several workers, a slice of the events each, in
 * parallel; only the first slice starts the file (the header, and the byte-order mark for Excel).
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
  // Workers get what the file shows of each article (title, date), not its text.
  const articleOf = new Map(articles.map((a) => [a.id, exportArticle(a)]));
  const pieces = Array.from({ length: count }, (_, i) => {
    const slice = events.slice(i * size, (i + 1) * size);
    const sliceArticles = [...new Set(slice.map((e) => e.articleId))].flatMap(
      (id) => articleOf.get(id) ?? [],
    );
    const request: CsvPieceRequest = {
      events: slice,
      articles: sliceArticles,
      options: { ...options, header: i === 0 },
    };
    return answerOf(
      new Worker(new URL('./csv-export.worker.ts', import.meta.url), { type: 'module' }),
      request,
    );
  });
  return new Blob((await Promise.all(pieces)).map((piece) => piece.blob));
}

/** The events with coordinates as a GeoJSON file, and those left out for having none. */
export function geoJsonInWorker(
  events: readonly ConflictEvent[],
  articles: readonly Article[],
): Promise<{ blob: Blob; leftOut: LeftOutEvent[] }> {
  return fileExport({ kind: 'geojson', events: [...events], articles: articles.map(exportArticle) }).then(
    ({ blob, leftOut }) => ({ blob, leftOut: leftOut ?? [] }),
  );
}

/** The whole log (read from the database by the worker) as the JSON backup. */
export async function backupInWorker(databaseName: string): Promise<Blob> {
  return (await fileExport({ kind: 'backup', databaseName })).blob;
}

function fileExport(request: FileExportRequest) {
  return answerOf(
    new Worker(new URL('./file-export.worker.ts', import.meta.url), { type: 'module' }),
    request,
  );
}

function answerOf(worker: Worker, request: unknown): Promise<{ blob: Blob; leftOut?: LeftOutEvent[] }> {
  return new Promise<{ blob: Blob; leftOut?: LeftOutEvent[] }>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportAnswer>) =>
      'blob' in data ? resolve(data) : reject(new Error(data.error));
    worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
