import type { ResultRow, ResultsDocument } from '@par/contracts';
import { Workbook, type Worksheet } from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the appendix names besides the results: the cycle's title and its groups' names. */
export interface AppendixNames {
  readonly cycleTitle: string;
  readonly groupNames: ReadonlyMap<string, string>;
}

/** The five classes of DOMAIN.md; a province's own class is written as its code. */
const CLASS_LABELS: Record<string, string> = { XUAT_SAC: 'Xuất sắc', TOT: 'Tốt', KHA: 'Khá', TRUNG_BINH: 'Trung bình', YEU: 'Yếu' };

/** Shows 87.64 as "87.64", or "87,64" where the spreadsheet's locale writes a decimal comma (as libs/cycle-workbook does). */
const POINTS_FORMAT = '0.00';
/** Same file, same bytes: no wall-clock time in the workbook. */
const WORKBOOK_TIME = new Date(Date.UTC(2000, 0, 1));

export const APPENDIX_HEADERS = ['Hạng', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm tối đa', 'Chỉ số CCHC (%)', 'Xếp loại'] as const;
const HEADER_ROW = 3;

/**
 * The decision's appendix as a workbook, one sheet per group as the decision lists them: a title, then rank,
 * unit, self total, appraised total, applicable max, index and class, then each field's component index (%).
 * Figures are numbers shown with 2 places; an absent index or class is an empty cell.
 */
export async function writeResultsWorkbook(results: ResultsDocument, names: AppendixNames): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'PAR Index';
  workbook.created = WORKBOOK_TIME;
  workbook.modified = WORKBOOK_TIME;
  const sheetNames = new Set<string>();
  for (const group of results.groups) {
    const groupName = names.groupNames.get(group.group) ?? group.group;
    const worksheet = workbook.addWorksheet(uniqueSheetName(groupName, sheetNames), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
    addAppendix(worksheet, `${names.cycleTitle} — ${groupName}`, group.results);
  }
  if (results.groups.length === 0) workbook.addWorksheet('Kết quả').addRow([`${names.cycleTitle}: chưa có kết quả`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addAppendix(worksheet: Worksheet, title: string, rows: readonly ResultRow[]): void {
  // The fields as the set lists them, from the first row that has them (every unit of a group shares one set).
  const fields = rows.find((row) => row.fields && row.fields.length > 0)?.fields ?? [];
  const headers = [...APPENDIX_HEADERS, ...fields.map((field) => `${field.field}. ${field.title} (%)`)];
  worksheet.getCell(1, 1).value = title;
  worksheet.getCell(1, 1).font = { bold: true, size: 13 };
  const header = worksheet.getRow(HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  worksheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 40 : index < APPENDIX_HEADERS.length ? 14 : 18;
  });
  for (const row of rows) {
    const byField = new Map((row.fields ?? []).map((field) => [field.field, field.index]));
    const added = worksheet.addRow([
      row.rank,
      row.name,
      figure(row.selfTotal),
      figure(row.appraisedTotal),
      figure(row.applicableMax),
      figure(row.index),
      row.class === null ? null : (CLASS_LABELS[row.class] ?? row.class),
      ...fields.map((field) => figure(byField.get(field.field) ?? null)),
    ]);
    added.eachCell((cell, column) => {
      if (column > 2 && typeof cell.value === 'number') cell.numFmt = POINTS_FORMAT;
    });
  }
  worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + rows.length, column: headers.length } };
}

/** A 2-place decimal as the number it denotes (a double holds every 2-place value the results carry well enough to show). */
function figure(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Nhóm';
  let candidate = base;
  for (let count = 2; taken.has(candidate.toLowerCase()); count++) candidate = `${base.slice(0, 31 - String(count).length - 1)} ${count}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
