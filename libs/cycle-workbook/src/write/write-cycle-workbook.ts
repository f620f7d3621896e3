import { canonicalCycleFile, CycleFile } from '@par/contracts';
import { CellValue, Workbook } from 'exceljs';
import { WORKBOOK_SHEETS, WorkbookColumn, WorkbookSheet } from '../workbook-layout';
import { withEntryTimes } from '../zip/zip-directory';
import { flattenCycleFile, FlatRow, FlatValue } from './flatten-cycle-file';
import { exactNumber } from './exact-number';

/** Stamped as the workbook's created and modified time and on every ZIP entry: same file, same bytes. */
export const WORKBOOK_TIME = new Date(Date.UTC(2000, 0, 1));

/** Shows 87.64 as "87.64", or "87,64" where the spreadsheet's locale writes a decimal comma. */
const POINTS_FORMAT = '0.00';

/**
 * The cycle file as an XLSX workbook (WORKBOOK_SHEETS): points as numbers shown with 2 places, text
 * verbatim, booleans as TRUE/FALSE, rows in file order; each sheet with a bold, frozen header row, an
 * autofilter and widths fit for its columns. Expects a file `parseCycleFile` accepted.
 */
export async function writeCycleWorkbook(file: CycleFile): Promise<Buffer> {
  const sheets = flattenCycleFile(canonicalCycleFile(file));
  const workbook = new Workbook();
  workbook.creator = 'PAR Index';
  workbook.created = WORKBOOK_TIME;
  workbook.modified = WORKBOOK_TIME;
  for (const layout of WORKBOOK_SHEETS) {
    const rows = sheets.get(layout.name);
    if (rows) addSheet(workbook, layout, rows);
  }
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return withEntryTimes(written, WORKBOOK_TIME);
}

function addSheet(workbook: Workbook, layout: WorkbookSheet, rows: readonly FlatRow[]): void {
  const worksheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = layout.columns.map((column) => ({ header: column.header, key: column.header, width: column.width }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = worksheet.addRow(layout.columns.map((column) => cellOf(column, row[column.header])));
    layout.columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      if (column.kind === 'points' && typeof cell.value === 'number') cell.numFmt = POINTS_FORMAT;
    });
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: layout.columns.length } };
}

/** Decimals become number cells whenever a double holds them exactly, else they stay text ("0.955555…"). */
function cellOf(column: WorkbookColumn, value: FlatValue): CellValue {
  if (value === undefined || value === null) return null;
  if ((column.kind === 'points' || column.kind === 'decimal') && typeof value === 'string') return exactNumber(value) ?? value;
  return value;
}
