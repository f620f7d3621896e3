import { CellValue, ValueType, Workbook, Worksheet } from 'exceljs';
import { SheetName, sheetNamed, WORKBOOK_SHEETS, WorkbookColumn, WorkbookSheet } from '../workbook-layout';
import { readCell, ReadValue } from './read-cell';
import { problemAt, quoted, WorkbookProblems } from './workbook-problem';

/** One non-empty data row of a sheet: its values by column header, as Excel numbers the row. */
export interface SheetRow {
  readonly sheet: SheetName;
  readonly row: number;
  readonly values: ReadonlyMap<string, ReadValue>;
}

/** The rows of every known sheet present; a sheet absent from the workbook is absent here. */
export type SheetRows = ReadonlyMap<SheetName, readonly SheetRow[]>;

const KNOWN_SHEETS = WORKBOOK_SHEETS.map((sheet) => sheet.name).join(', ');
const REQUIRED_SHEETS = WORKBOOK_SHEETS.filter((sheet) => sheet.required).map((sheet) => sheet.name);

/**
 * Every sheet's rows, cell by cell: the sheets and columns must be the layout's, and every cell a value
 * of its column's kind (no formulas, no merged cells). Empty rows are skipped.
 */
export function readSheets(workbook: Workbook, problems: WorkbookProblems): SheetRows {
  const sheets = new Map<SheetName, SheetRow[]>();
  for (const worksheet of workbook.worksheets) {
    const layout = sheetNamed(worksheet.name);
    if (layout) sheets.set(layout.name, readSheet(worksheet, layout, problems));
    else problems.add(problemAt({ sheet: worksheet.name }, 'SHEET_UNKNOWN', `this sheet is not one of a cycle workbook's: ${KNOWN_SHEETS}`));
  }
  for (const name of REQUIRED_SHEETS) {
    if (!sheets.has(name)) {
      problems.add(problemAt({ sheet: name }, 'SHEET_MISSING', `the sheet is missing; a cycle workbook needs the sheets ${REQUIRED_SHEETS.join(', ')}`));
    }
  }
  return sheets;
}

function readSheet(worksheet: Worksheet, layout: WorkbookSheet, problems: WorkbookProblems): SheetRow[] {
  // A sheet left blank (not even a header) holds no rows; the rules on rows then speak for it.
  if (worksheet.actualRowCount === 0) return [];
  reportMerges(worksheet, problems);
  const { columns, refused } = readHeader(worksheet, layout, problems);
  const unheaded = new Set<number>(refused);
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = new Map<string, ReadValue>();
    let spoken = false;
    row.eachCell((cell, columnNumber) => {
      const column = columns.get(columnNumber);
      if (cell.type === ValueType.Merge) return;
      if (!column) {
        if (!unheaded.has(columnNumber) && cell.type !== ValueType.Null) {
          unheaded.add(columnNumber);
          problems.add(
            problemAt(
              { sheet: layout.name, row: rowNumber, cell: cell.address },
              'COLUMN_UNKNOWN',
              `this column has values but no header; ${columnsOf(layout)}`,
            ),
          );
        }
        return;
      }
      const reading = readCell(cell, column.kind);
      if (!reading.ok) {
        problems.add(problemAt({ sheet: layout.name, row: rowNumber, column: column.header, cell: cell.address }, reading.code, reading.problem));
        spoken = true;
      } else if (reading.value !== undefined) values.set(column.header, reading.value);
    });
    if (values.size > 0 || spoken) rows.push({ sheet: layout.name, row: rowNumber, values });
  });
  return rows;
}

interface SheetHeader {
  /** The layout's columns by position. */
  readonly columns: ReadonlyMap<number, WorkbookColumn>;
  /** Positions whose header was refused: their cells are not reported again. */
  readonly refused: ReadonlySet<number>;
}

/** The known columns by position; unknown, repeated and missing headers are problems. */
function readHeader(worksheet: Worksheet, layout: WorkbookSheet, problems: WorkbookProblems): SheetHeader {
  const columns = new Map<number, WorkbookColumn>();
  const refused = new Set<number>();
  worksheet.getRow(1).eachCell((cell, columnNumber) => {
    if (cell.type === ValueType.Merge) return;
    if (cell.type === ValueType.Formula) {
      problems.add(problemAt({ sheet: layout.name, row: 1, cell: cell.address }, 'CELL_FORMULA', 'the header holds a formula; type the column name'));
      refused.add(columnNumber);
      return;
    }
    const header = headerText(cell.value);
    if (header === undefined) return;
    const column = layout.columns.find((candidate) => candidate.header === header);
    const place = { sheet: layout.name, row: 1, column: header, cell: cell.address };
    if (!column) problems.add(problemAt(place, 'COLUMN_UNKNOWN', `column ${quoted(header)} is unknown; ${columnsOf(layout)}`));
    else if ([...columns.values()].includes(column)) problems.add(problemAt(place, 'COLUMN_DUPLICATE', `column "${header}" appears twice`));
    else columns.set(columnNumber, column);
    if (!columns.has(columnNumber)) refused.add(columnNumber);
  });
  const present = new Set([...columns.values()].map((column) => column.header));
  for (const column of layout.columns) {
    if (column.required && !present.has(column.header)) {
      problems.add(problemAt({ sheet: layout.name, row: 1, column: column.header }, 'COLUMN_MISSING', `the column is missing; ${columnsOf(layout)}`));
    }
  }
  return { columns, refused };
}

/** Merged cells hide which row a value belongs to: refused wherever they are, each range once. */
function reportMerges(worksheet: Worksheet, problems: WorkbookProblems): void {
  for (const range of worksheet.model.merges) {
    const [, letters, row] = /^([A-Z]+)(\d+)/.exec(range) ?? [];
    const header = letters === undefined ? undefined : headerText(worksheet.getCell(`${letters}1`).value);
    const place = { sheet: worksheet.name, row: Number(row), column: header ?? letters, cell: range };
    problems.add(problemAt(place, 'CELLS_MERGED', 'these cells are merged; unmerge them and type the value in each cell'));
  }
}

function headerText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === 'object' && 'richText' in value ? value.richText.map((run) => run.text).join('') : String(value);
  return text.trim() === '' ? undefined : text.trim();
}

function columnsOf(layout: WorkbookSheet): string {
  return `the columns of ${layout.name} are ${layout.columns.map((column) => column.header).join(', ')}`;
}
