import type { ReadValue } from './read-cell';
import type { SheetName } from '../workbook-layout';
import type { SheetRow, SheetRows } from './read-sheets';
import { problemAt, quoted, WorkbookProblems } from './workbook-problem';

/** An object of the cycle file's JSON under construction. */
export type Json = Record<string, unknown>;

/** What the assembly reads from the sheets and where it reports the rows that belong to nothing. */
export class RowLinks {
  constructor(
    private readonly sheets: SheetRows,
    private readonly problems: WorkbookProblems,
  ) {}

  has(sheet: SheetName): boolean {
    return this.sheets.has(sheet);
  }

  rows(sheet: SheetName): readonly SheetRow[] {
    return this.sheets.get(sheet) ?? [];
  }

  /**
   * The parent a row names in `column` (its unit, criteria set, criterion…), or undefined after saying
   * why the row is orphaned: the cell is empty, or names no parent the workbook has.
   */
  parent<T>(row: SheetRow, column: string, index: ReadonlyMap<string, T>, unknown: (key: string) => string): T | undefined {
    const key = text(row, column);
    if (key === undefined) {
      this.orphaned(row, column, `${column} is empty, so the row belongs to nothing`);
      return undefined;
    }
    const parent = index.get(key);
    if (parent === undefined) this.orphaned(row, column, unknown(quoted(key)));
    return parent;
  }

  orphaned(row: SheetRow, column: string, problem: string): void {
    this.problems.add(problemAt({ sheet: row.sheet, row: row.row, column }, 'ROW_ORPHANED', problem));
  }

  /** The one row of a single-row sheet (cycle, decision); extra rows are problems, none is undefined. */
  single(sheet: SheetName): SheetRow | undefined {
    const [first, ...extra] = this.rows(sheet);
    for (const row of extra) this.problems.add(problemAt({ sheet, row: row.row }, 'ROW_EXTRA', `the sheet holds one row; this one is extra`));
    return first;
  }

  missingRow(sheet: SheetName, columns: string): void {
    this.problems.add(problemAt({ sheet, row: 2 }, 'ROW_MISSING', `the sheet needs one row under its header (${columns})`));
  }
}

/** A row's value in a column, as read (number cells stay numbers, points strings keep their decimals). */
export function value(row: SheetRow | undefined, column: string): ReadValue | undefined {
  return row?.values.get(column);
}

/** A key column's value: keys are text columns, so this is their text. */
export function text(row: SheetRow, column: string): string | undefined {
  const read = row.values.get(column);
  return read === undefined ? undefined : String(read);
}

/** The object with its absent fields left out, as a JSON file would leave them out. */
export function defined(entries: Json): Json {
  return Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry !== undefined));
}

/** Index by key, keeping the first of duplicates: the file's own rules report the duplicate itself. */
export function indexFirst<T>(index: Map<string, T>, key: unknown, entry: T): void {
  if (typeof key === 'string' && !index.has(key)) index.set(key, entry);
}

/** Adds an entry to a nested list of the JSON, creating the list with its first entry. */
export function append(owner: Json, list: string, entry: Json): void {
  const existing = owner[list];
  if (Array.isArray(existing)) existing.push(entry);
  else owner[list] = [entry];
}
