// The CSV export's worker (see storedEventsCsv): asked for ids and options, it answers with the
// file as a Blob, or with why it could not.
import { storedEventsCsv, type AcledCsvOptions } from '@/lib/exchange';
import { ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';

export interface CsvExportRequest {
  ids: string[];
  options: AcledCsvOptions;
}

export type CsvExportAnswer = { blob: Blob } | { error: string };

self.onmessage = async ({ data }: MessageEvent<CsvExportRequest>) => {
  const db = new ConflictReaderDatabase();
  let answer: CsvExportAnswer;
  try {
    answer = { blob: await storedEventsCsv(db, data.ids, data.options) };
  } catch (error) {
    answer = { error: errorMessage(error) };
  } finally {
    db.close();
  }
  self.postMessage(answer);
};
