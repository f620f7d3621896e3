import { entryContent, startsLikeZip, zipEntries } from '../zip/zip-directory';
import { mergedCellCount } from './merged-cells-scan';
import { quoted, WorkbookProblem } from './workbook-problem';

/**
 * How much larger than the upload its parts may claim to be once inflated. Sheet XML compresses about
 * sevenfold (the demo cycle: 87 kB → 650 kB); a claim far beyond that is a ZIP bomb.
 */
const MAX_INFLATION = 20;

/** Merged cells are refused anyway; past this many, before exceljs would create each one. */
const MAX_MERGED_CELLS = 10_000;

/**
 * What must hold before exceljs may load an upload, since exceljs trusts what it reads: the bytes are a
 * ZIP archive, its parts inflate to no more than they claim and all together to at most MAX_INFLATION
 * times the upload, and its sheets merge no huge ranges. The first problem found, or undefined.
 */
export function checkArchive(bytes: Buffer, maxBytes: number): WorkbookProblem | undefined {
  const entries = startsLikeZip(bytes) ? zipEntries(bytes) : undefined;
  if (!entries) return { code: 'WORKBOOK_UNREADABLE', message: notAWorkbook(bytes) };
  const claimed = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (claimed > maxBytes * MAX_INFLATION) {
    return { code: 'WORKBOOK_TOO_LARGE', message: `the workbook would inflate to ${claimed} bytes; at most ${maxBytes * MAX_INFLATION} are read` };
  }
  const sheetsXml: Buffer[] = [];
  for (const entry of entries) {
    // JSZip (under exceljs) compares a part's size with its claim only once it has inflated all of it.
    const content = entryContent(bytes, entry);
    if (!content) return { code: 'WORKBOOK_UNREADABLE', message: `part ${quoted(entry.name)} of the workbook is damaged; save the workbook again as .xlsx` };
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) sheetsXml.push(content);
  }
  const merged = mergedCellCount(sheetsXml);
  if (merged > MAX_MERGED_CELLS) return { code: 'CELLS_MERGED', message: `merged cells cover ${merged} cells; unmerge them and type the value in each cell` };
  return undefined;
}

function notAWorkbook(bytes: Buffer): string {
  const oldExcel = bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0;
  return oldExcel
    ? 'the file is an old Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)'
    : 'the file is no XLSX workbook (it does not open as one); save the cycle file as an Excel workbook (.xlsx)';
}
