/**
 * Why a workbook cannot be read as a cycle file, and where: the sheet, the row as Excel numbers it and
 * the column's header, so a province's clerk can go straight to the cell.
 */
export interface WorkbookProblem {
  readonly code: WorkbookProblemCode;
  readonly message: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

export type WorkbookProblemCode =
  | 'WORKBOOK_UNREADABLE'
  | 'WORKBOOK_TOO_LARGE'
  | 'SHEET_MISSING'
  | 'SHEET_UNKNOWN'
  | 'COLUMN_MISSING'
  | 'COLUMN_UNKNOWN'
  | 'COLUMN_DUPLICATE'
  | 'ROW_MISSING'
  | 'ROW_EXTRA'
  | 'ROW_ORPHANED'
  | 'CELL_NOT_A_NUMBER'
  | 'CELL_NOT_A_BOOLEAN'
  | 'CELL_NOT_A_DATE'
  | 'CELL_NOT_TEXT'
  | 'CELL_ERROR'
  | 'CELL_FORMULA'
  | 'CELLS_MERGED'
  | 'TOO_MANY_PROBLEMS';

/** The workbook as the object `parseCycleFile` takes, or every problem that kept it from being read. */
export type WorkbookRead = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problems: readonly WorkbookProblem[] };

/** At most this many problems are returned; the last one then says how many more there were. */
export const MAX_PROBLEMS = 100;

const MAX_ECHOED = 200;
const CLIPPED_TO = 60;

/** Collects problems: all of them up to MAX_PROBLEMS; past that, the first 99 and how many more. */
export class WorkbookProblems {
  private readonly kept: WorkbookProblem[] = [];
  private total = 0;

  add(problem: WorkbookProblem): void {
    this.total++;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push(problem);
  }

  get any(): boolean {
    return this.total > 0;
  }

  list(): WorkbookProblem[] {
    if (this.total <= MAX_PROBLEMS) return [...this.kept];
    const shown = this.kept.slice(0, MAX_PROBLEMS - 1);
    const more = this.total - shown.length;
    return [...shown, { code: 'TOO_MANY_PROBLEMS', message: `… and ${more} more problems; fix these first, then read the workbook again` }];
  }
}

/**
 * A value as a message may quote it: text in quotes, and never more than 200 characters of a cell —
 * a longer one is cut and its length told.
 */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const shown = text.length > MAX_ECHOED ? `${text.slice(0, CLIPPED_TO)}… (${text.length} characters)` : text;
  return typeof value === 'string' ? JSON.stringify(shown) : shown;
}

/** A name from the workbook (a sheet's, a header's) as a problem's field holds it: at most 200 characters. */
export function clipped(text: string): string {
  return text.length > MAX_ECHOED ? `${text.slice(0, CLIPPED_TO)}…` : text;
}

export interface ProblemPlace {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  /** The cell as Excel names it (C5), when the problem is one cell's. */
  readonly cell?: string;
}

/** A problem whose message starts with where it is: `scores!C5 (points): …`, `scores row 5: …`, `cycle: …`. */
export function problemAt(place: ProblemPlace, code: WorkbookProblemCode, problem: string): WorkbookProblem {
  const sheet = clipped(place.sheet);
  const column = place.column === undefined ? undefined : clipped(place.column);
  const where =
    place.cell !== undefined
      ? `${sheet}!${place.cell}${column === undefined ? '' : ` (${column})`}`
      : `${sheet}${place.row === undefined ? '' : ` row ${place.row}`}${column === undefined ? '' : `, column ${column}`}`;
  return { code, sheet, row: place.row, column, message: `${where}: ${problem}` };
}
