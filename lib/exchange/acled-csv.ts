import Papa from 'papaparse';
import type { ConflictEvent } from '../schema';
import { ACLED_COLUMNS, DEFAULT_EXPORT_SHAPE, EXPORT_COLUMNS, type ExportShape } from './columns';
import { articleIndex, exportRecordOf, type ExportArticle } from './export-record';
import { FORMULA_TRIGGER } from './formula-guard';

export interface AcledCsvOptions extends Partial<ExportShape> {
  /**
   * ACLED's columns only, exactly as ACLED's exports have them: for R's `rbind`, which needs the
   * same columns on both sides. Such a file imports back as an ACLED file (without provenance).
   */
  acledColumnsOnly?: boolean;
  /**
   * For opening in Excel: a UTF-8 byte-order mark (without it Excel reads the file as the
   * system's legacy code page and garbles non-Latin text), CRLF line ends, and text cells that
   * could run as formulas prefixed with `'` (see formula-guard.ts).
   */
  excelFriendly?: boolean;
  /**
   * False for a piece of a file written apart from its start (in parallel): its rows only, each
   * after a line break, so that it follows the piece before it.
   */
  header?: boolean;
}

const BOM = '\uFEFF';

const ROWS_PER_PART = 1_000;

/**
 * The event log as CSV text in ACLED's column order, then provenance and our own columns (see
 * columns.ts). Written by papaparse (quoting and escaping are its job); encode it as UTF-8.
 */
export function exportAcledCsv(
  events: readonly ConflictEvent[],
  articles: readonly ExportArticle[],
  options: AcledCsvOptions = {},
): string {
  return [...exportAcledCsvParts(events, articles, options)].join('');
}

/**
 * The same file in parts of a thousand rows, each written when asked for, so that a caller can
 * hand each to the browser (a Blob) as it comes: a 100,000-event export then never holds the
 * whole text, whose pieces the garbage collector would otherwise trace again and again.
 */
export function* exportAcledCsvParts(
  events: readonly ConflictEvent[],
  articles: readonly ExportArticle[],
  options: AcledCsvOptions = {},
): Generator<string> {
  const articleOf = articleIndex(articles);
  const excel = options.excelFriendly === true;
  const newline = excel ? '\r\n' : '\n';
  const config = { newline, escapeFormulae: excel ? FORMULA_TRIGGER : false };
  const shape: ExportShape = {
    interLabels: options.interLabels ?? DEFAULT_EXPORT_SHAPE.interLabels,
    fullFidelity: options.fullFidelity ?? DEFAULT_EXPORT_SHAPE.fullFidelity,
  };
  const fields: string[] = options.acledColumnsOnly ? [...ACLED_COLUMNS] : [...EXPORT_COLUMNS];
  // A header line even for an empty log, so the file still says what it is.
  if (options.header !== false) yield (excel ? BOM : '') + Papa.unparse([fields], config);
  for (let from = 0; from < events.length; from += ROWS_PER_PART) {
    const data = events
      .slice(from, from + ROWS_PER_PART)
      .map((event) => exportRecordOf(event, articleOf(event), shape));
    yield newline + Papa.unparse({ fields, data }, { ...config, header: false });
  }
}
