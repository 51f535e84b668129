import Papa from 'papaparse';
import type { Article, ConflictEvent } from '../schema';
import { EXPORT_COLUMNS } from './columns';
import { articleIndex, exportRecordOf } from './export-record';
import { FORMULA_TRIGGER } from './formula-guard';

export interface AcledCsvOptions {
  /**
   * For opening in Excel: a UTF-8 byte-order mark (without it Excel reads the file as the
   * system's legacy code page and garbles non-Latin text), CRLF line ends, and text cells that
   * could run as formulas prefixed with `'` (see formula-guard.ts).
   */
  excelFriendly?: boolean;
}

const BOM = '\uFEFF';

/**
 * The event log as CSV text in ACLED's column order, then provenance and our own columns (see
 * columns.ts). Written by papaparse (quoting and escaping are its job); encode it as UTF-8.
 */
export function exportAcledCsv(
  events: readonly ConflictEvent[],
  articles: readonly Article[],
  options: AcledCsvOptions = {},
): string {
  const articleOf = articleIndex(articles);
  const excel = options.excelFriendly === true;
  const csv = Papa.unparse(
    {
      fields: [...EXPORT_COLUMNS],
      data: events.map((event) => exportRecordOf(event, articleOf(event))),
    },
    {
      newline: excel ? '\r\n' : '\n',
      escapeFormulae: excel ? FORMULA_TRIGGER : false,
      // A header line even for an empty log, so the file still says what it is.
      header: true,
    },
  );
  return excel ? BOM + csv : csv;
}
