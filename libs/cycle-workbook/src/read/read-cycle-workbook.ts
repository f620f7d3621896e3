import { CYCLE_FILE_FORMAT } from '@par/contracts';
import { Workbook } from 'exceljs';
import { startsLikeZip, zipEntries } from '../zip/zip-directory';
import { assembleAssessments } from './assemble-assessments';
import { assembleSetup } from './assemble-setup';
import { readSheets } from './read-sheets';
import { RowLinks } from './row-links';
import { WorkbookProblem, WorkbookProblems, WorkbookRead } from './workbook-problem';

export interface ReadWorkbookOptions {
  /** The largest upload read at all; 10 MB unless told. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/**
 * How much larger than the upload its sheets may claim to be once inflated. Sheet XML compresses about
 * tenfold; a claim far beyond that is a ZIP bomb, refused before anything is inflated.
 */
const MAX_INFLATION = 50;

/**
 * Reads an untrusted XLSX upload into the object `parseCycleFile` takes, so every rule of the cycle file
 * is then judged exactly as for a JSON file. Here only what is the workbook's own is refused: it is no
 * XLSX or too large, a sheet or column is missing or unknown, a cell holds the wrong kind of value, a
 * formula or a merge, or a row belongs to no parent. Every such problem is returned (at most 100).
 */
export async function readCycleWorkbook(bytes: Buffer, options: ReadWorkbookOptions = {}): Promise<WorkbookRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_WORKBOOK_BYTES;
  if (bytes.length > maxBytes) return refused({ code: 'WORKBOOK_TOO_LARGE', message: `the workbook has ${bytes.length} bytes; at most ${maxBytes} are read` });
  const entries = startsLikeZip(bytes) ? zipEntries(bytes) : undefined;
  if (!entries) return refused({ code: 'WORKBOOK_UNREADABLE', message: notAWorkbook(bytes) });
  const inflated = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (inflated > maxBytes * MAX_INFLATION) {
    return refused({ code: 'WORKBOOK_TOO_LARGE', message: `the workbook would inflate to ${inflated} bytes; at most ${maxBytes * MAX_INFLATION} are read` });
  }
  const workbook = new Workbook();
  try {
    // exceljs types its input as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    // exceljs's own message tells a clerk nothing (and may quote the file): say what to do instead.
    return refused({
      code: 'WORKBOOK_UNREADABLE',
      message: 'the file is a ZIP archive but no readable XLSX workbook; save it again from Excel or LibreOffice as .xlsx',
    });
  }
  const problems = new WorkbookProblems();
  const links = new RowLinks(readSheets(workbook, problems), problems);
  const json = { format: CYCLE_FILE_FORMAT, ...assembleSetup(links), ...assembleAssessments(links) };
  return problems.any ? { ok: false, problems: problems.list() } : { ok: true, json };
}

function notAWorkbook(bytes: Buffer): string {
  const oldExcel = bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0;
  return oldExcel
    ? 'the file is an old Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)'
    : 'the file is no XLSX workbook (it does not open as one); save the cycle file as an Excel workbook (.xlsx)';
}

function refused(problem: WorkbookProblem): WorkbookRead {
  return { ok: false, problems: [problem] };
}
