import Papa from 'papaparse';

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  number: number;
  cells: string[];
  /** Why papaparse could not read the row (an unclosed quote), if it could not. */
  parseError?: string;
}

export interface CsvTable {
  /** Column names as written, trimmed. */
  header: string[];
  /** The data rows, parsed on demand: a file whose header is wrong is refused without it. */
  readRows(): CsvRow[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * CSV text as a header and rows of text cells. Every cell stays text (no type guessing: "007" or
 * "1e5" in a note must stay as written); blank lines are skipped but still counted.
 * The delimiter and line end are read from the header line, which never holds quotes or line
 * breaks in the files we read: a comma for ours and ACLED's, a semicolon or a tab when a
 * spreadsheet saved it so.
 */
export function readCsvTable(text: string): CsvTable {
  const firstBreak = text.search(/[\r\n]/);
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const newline =
    firstBreak < 0 || text[firstBreak] === '\n' ? '\n' : text[firstBreak + 1] === '\n' ? '\r\n' : '\r';
  const delimiter = DELIMITERS.reduce((best, d) =>
    headerLine.split(d).length > headerLine.split(best).length ? d : best,
  );
  const config = { delimiter, newline, header: false, skipEmptyLines: false } as const;
  const [header = []] = Papa.parse<string[]>(headerLine, config).data;
  return {
    header: header.map((name) => name.trim()),
    readRows: () => {
      const parsed = Papa.parse<string[]>(text, config);
      const errors = new Map<number, string>();
      for (const error of parsed.errors) {
        if (error.row !== undefined && !errors.has(error.row)) errors.set(error.row, error.message);
      }
      const rows: CsvRow[] = [];
      // Index 0 is the header line.
      parsed.data.forEach((cells, index) => {
        const parseError = errors.get(index);
        if (index === 0 || (cells.length === 1 && cells[0] === '' && parseError === undefined)) return;
        rows.push({ number: index + 1, cells, ...(parseError === undefined ? {} : { parseError }) });
      });
      return rows;
    },
  };
}
