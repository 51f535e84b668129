/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run
 * a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or carriage return, what
 * follows) as a formula. The Excel-friendly export puts a `'` before such a text cell, as OWASP
 * recommends: the cell then starts with a character no spreadsheet evaluates, so it stays text.
 *
 * A cell that already starts with `'` gets one too, so that taking one `'` off on import is exact:
 * `'=1` was `=1`, `''x` was `'x`. Numbers are never prefixed (papaparse leaves number values
 * alone), so -5 stays a number.
 *
 * papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, whose `.` stops at a line break:
 * a multi-line cell such as "=CMD()\nmore" would slip through. This pattern looks at the first
 * character only.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r']/;

/**
 * The inverse of the Excel-friendly export's prefix, for our own Excel-friendly files only: one
 * leading `'` is removed when what follows would have been prefixed. Anything else (ACLED's files,
 * our plain CSV) keeps its text exactly: it is data in the database, never a formula.
 */
export function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
