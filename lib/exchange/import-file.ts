import { decodeImportBytes, MAX_IMPORT_BYTES } from './decode-file';
import { planCsvImport } from './import-csv';
import { planBackupImport } from './import-json';
import { refusedFile, type ImportPlan } from './import-plan';

export interface ImportOptions {
  /** Larger files are refused unread (default MAX_IMPORT_BYTES, 384 MiB). */
  maxBytes?: number;
  /** When ACLED rows without a timestamp were imported (default: now). */
  now?: Date;
}

/**
 * Read an import file (our JSON backup, our CSV, or an ACLED CSV) into a plan of what would be
 * added and what is refused and why. Nothing is written: `applyImport` does that.
 * `.json` files are read as backups, `.csv`/`.tsv`/`.txt` as CSV; any other name by its first
 * character (`{` for JSON).
 */
export function planImport(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ImportOptions = {},
): ImportPlan {
  const decoded = decodeImportBytes(bytes, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (!decoded.ok) return refusedFile(fileName, decoded.error);
  const { text, hadBom } = decoded;
  if (!text.trim()) return refusedFile(fileName, 'The file holds only blank space.');
  return isJson(fileName, text)
    ? planBackupImport(text, fileName)
    : planCsvImport(text, fileName, { hadBom, now: options.now ?? new Date() });
}

function isJson(fileName: string, text: string): boolean {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return true;
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return false;
  return /^\s*[{[]/.test(text.slice(0, 1024));
}
