// A worker of the CSV export (see csvInWorkers): given events, their articles and options, it
// answers with its piece of the file.
import { exportAcledCsvParts, type AcledCsvOptions } from '@/lib/exchange/acled-csv';
import type { ExportArticle } from '@/lib/exchange/export-record';
import type { ConflictEvent } from '@/lib/schema';
import { errorMessage } from '@/lib/error-message';
import type { ExportAnswer } from './export-workers';

export interface CsvPieceRequest {
  events: ConflictEvent[];
  articles: ExportArticle[];
  options: AcledCsvOptions;
}

self.onmessage = ({ data }: MessageEvent<CsvPieceRequest>) => {
  let answer: ExportAnswer;
  try {
    // Each part becomes a Blob as it is written (see exportAcledCsvParts).
    const parts = Array.from(
      exportAcledCsvParts(data.events, data.articles, data.options),
      (part) => new Blob([part]),
    );
    answer = { blob: new Blob(parts) };
  } catch (error) {
    answer = { error: errorMessage(error) };
  }
  self.postMessage(answer);
};
