// The worker of the GeoJSON export and of the full backup (see export-workers.ts).
import { exportBackupJson } from '@/lib/exchange/backup-json';
import { exportGeoJson, geoJsonText } from '@/lib/exchange/geojson';
import type { ExportArticle } from '@/lib/exchange/export-record';
import type { ConflictEvent } from '@/lib/schema';
import { allEvents, ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';
import type { ExportAnswer } from './export-workers';

export type FileExportRequest =
  | { kind: 'geojson'; events: ConflictEvent[]; articles: ExportArticle[] }
  | { kind: 'backup'; databaseName: string };

self.onmessage = async ({ data }: MessageEvent<FileExportRequest>) => {
  let answer: ExportAnswer;
  try {
    answer =
      data.kind === 'geojson' ? geoJsonFile(data.events, data.articles) : await backupFile(data.databaseName);
  } catch (error) {
    answer = { error: errorMessage(error) };
  }
  self.postMessage(answer);
};

function geoJsonFile(events: ConflictEvent[], articles: ExportArticle[]): ExportAnswer {
  const { collection } = exportGeoJson(events, articles);
  return { blob: new Blob([geoJsonText(collection)]), leftOut: collection.left_out };
}

async function backupFile(databaseName: string): Promise<ExportAnswer> {
  const db = new ConflictReaderDatabase(databaseName);
  try {
    const [articles, events, corrections] = await Promise.all([
      db.articles.toArray(),
      allEvents(db),
      db.corrections.toArray(),
    ]);
    return { blob: new Blob([exportBackupJson({ articles, events, corrections })]) };
  } finally {
    db.close();
  }
}
