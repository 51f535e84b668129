import type { Issue } from './check-record';
import { withoutFormulaGuard } from './formula-guard';

/** A plain decimal number, as our export and ACLED's write them (no hex, no "Infinity"). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads one CSV row's cells by column name and turns them into values, noting every cell that does
 * not hold what its column needs ("fatalities: “many” is not a number"). Absent columns read as
 * empty cells.
 */
export class RowCells {
  /** Cells that do not hold what their column needs. */
  readonly issues: Issue[] = [];

  constructor(
    private readonly columnIndex: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
    /** Our own Excel-friendly export: take off the `'` it put before formula-like text. */
    private readonly unguard: boolean,
  ) {}

  text(column: string): string {
    const index = this.columnIndex.get(column);
    const cell = index === undefined ? '' : (this.cells[index] ?? '');
    return this.unguard ? withoutFormulaGuard(cell) : cell;
  }

  /** Whether the file has the column at all. */
  has(column: string): boolean {
    return this.columnIndex.has(column);
  }

  /** Null for an empty cell. */
  optionalText(column: string): string | null {
    const cell = this.text(column);
    return cell === '' ? null : cell;
  }

  /** Null for an empty cell; a cell that is not a number is noted and also reads as null. */
  number(column: string, kind: 'number' | 'whole' = 'number'): number | null {
    const cell = this.text(column).trim();
    if (cell === '') return null;
    const value = Number(cell);
    if (!DECIMAL.test(cell) || !Number.isFinite(value)) return this.note(column, cell, 'is not a number');
    if (kind === 'whole' && !Number.isInteger(value)) return this.note(column, cell, 'is not a whole number');
    return value;
  }

  note(column: string, cell: string, problem: string): null {
    this.issues.push({ field: column, message: `“${cell}” ${problem}` });
    return null;
  }
}
