// A worker of the CSV export (see csvInWorkers): given events, their articles and options, it
// answers with its piece of the file as a Blob, or with why it could not.
import { exportAcledCsvParts, type AcledCsvOptions } from '@/lib/exchange/acled-csv';
import type { Article, ConflictEvent } from '@/lib/schema';
import { errorMessage } from '@/lib/error-message';

export interface CsvPieceRequest {
  events: ConflictEvent[];
  articles: Article[];
  options: AcledCsvOptions;
}

export type CsvPieceAnswer = { blob: Blob } | { error: string };

self.onmessage = ({ data }: MessageEvent<CsvPieceRequest>) => {
  let answer: CsvPieceAnswer;
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
