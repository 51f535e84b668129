import { acledFieldName, eventOfAcledRow } from './acled-csv-row';
import { checkEvent, describeIssues, type FieldNamer } from './check-record';
import { ACLED_REQUIRED_COLUMNS, OWN_REQUIRED_COLUMNS } from './columns';
import { csvFieldNamer, eventOfOwnRow } from './own-csv-row';
import { PlanBuilder, refusedFile, type ImportFormat, type ImportPlan } from './import-plan';
import { readCsvTable } from './csv-table';
import { RowCells } from './row-cells';

export interface CsvImportOptions {
  /** The file began with a UTF-8 byte-order mark: our Excel-friendly export writes one. */
  hadBom: boolean;
  /** When ACLED rows without a timestamp were imported. */
  now: Date;
}

const ownFieldName = csvFieldNamer();

/**
 * Read a CSV of events: our own export (it has an `event_uid` column), or an ACLED export.
 * A header that is neither refuses the file as a whole. Nothing is written: the result is a plan.
 *
 * Formula-like cells (`=CMD()`, `+1`, `@x`): in our own Excel-friendly export (our header and a
 * byte-order mark) the `'` the export put before them is taken off, giving back the text that was
 * exported. In any other file a cell is kept exactly as written: the log stores text, and only a
 * spreadsheet would run it, which is why every Excel-friendly export guards it again.
 */
export function planCsvImport(text: string, fileName: string, options: CsvImportOptions): ImportPlan {
  const table = readCsvTable(text);
  const header = table.header.map((name) => name.toLowerCase());
  const format = formatOf(header);
  if (typeof format !== 'string') return refusedFile(fileName, format.refusal);
  const columnIndex = new Map(header.map((name, i) => [name, i]));
  const unguard = format === 'conflict-reader-csv' && options.hadBom;
  const namer: FieldNamer = format === 'acled-csv' ? acledFieldName : ownFieldName;
  const plan = new PlanBuilder(fileName, format);
  for (const row of table.readRows()) {
    const where = `row ${row.number}`;
    if (row.parseError !== undefined) {
      plan.reject('event', where, `the row could not be read: ${row.parseError}`);
      continue;
    }
    if (row.cells.length !== header.length) {
      plan.reject('event', where, `the row has ${row.cells.length} cells; the header has ${header.length}`);
      continue;
    }
    const cells = new RowCells(columnIndex, row.cells, unguard);
    const candidate = format === 'acled-csv' ? eventOfAcledRow(cells, options.now) : eventOfOwnRow(cells);
    const checked = checkEvent(candidate, namer);
    // A cell already reported as unreadable is not reported again by the schema.
    const unreadable = new Set(cells.issues.map((i) => i.field));
    const schemaIssues = checked.ok ? [] : checked.issues.filter((i) => !unreadable.has(i.field));
    if (checked.ok && cells.issues.length === 0) plan.event(where, checked.value);
    else plan.reject('event', where, describeIssues([...cells.issues, ...schemaIssues]));
  }
  return plan.build();
}

/** Which of our formats the header says, or why it is neither. */
function formatOf(header: readonly string[]): ImportFormat | { refusal: string } {
  const present = new Set(header);
  const duplicated = header.filter((name, i) => header.indexOf(name) !== i);
  if (duplicated.length) {
    return { refusal: `The CSV header names a column twice (${[...new Set(duplicated)].join(', ')}).` };
  }
  if (present.has('event_uid')) {
    const missing = OWN_REQUIRED_COLUMNS.filter((c) => !present.has(c));
    return missing.length
      ? { refusal: `This looks like a Conflict Reader CSV, but it lacks the columns ${missing.join(', ')}.` }
      : 'conflict-reader-csv';
  }
  const missing = ACLED_REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length === 0) return 'acled-csv';
  const found = header
    .slice(0, 8)
    .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name))
    .join(', ');
  return {
    refusal:
      `This CSV is neither a Conflict Reader export nor an ACLED export: it lacks the columns ` +
      `${missing.join(', ')} (its header starts: ${found || 'nothing'}${header.length > 8 ? ', …' : ''}).`,
  };
}
