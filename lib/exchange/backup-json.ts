import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type Article,
  type ConflictEvent,
  type Correction,
  type ExportFile,
} from '../schema';

export interface LogContents {
  articles: readonly Article[];
  events: readonly ConflictEvent[];
  corrections: readonly Correction[];
}

/**
 * The whole log as the project's own versioned backup (ExportFileSchema): every event, every
 * article with its text, every correction, exactly as stored, so importing it rebuilds the log.
 * Records are written as they are, not re-validated: a backup must never fail because one stored
 * record is damaged; the import reports such a record instead. Compact JSON: a large log's
 * backup is hundreds of megabytes, and indentation would add a fifth.
 */
export function exportBackupJson(log: LogContents, now: Date = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: [...log.articles],
    events: [...log.events],
    corrections: [...log.corrections],
  };
  return JSON.stringify(file);
}
