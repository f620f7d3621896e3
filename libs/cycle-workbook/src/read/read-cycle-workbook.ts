import { CYCLE_FILE_FORMAT } from '@par/contracts';
import { Workbook } from 'exceljs';
import { assembleAssessments } from './assemble-assessments';
import { assembleSetup } from './assemble-setup';
import { assembleSurveys } from './assemble-surveys';
import { checkArchive } from './check-archive';
import { readSheets } from './read-sheets';
import { RowLinks } from './row-links';
import { WorkbookProblem, WorkbookProblems, WorkbookRead } from './workbook-problem';

export interface ReadWorkbookOptions {
  /** The largest upload read at all; 10 MB unless told. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** Parts of a sheet no cycle file needs, which exceljs would expand cell by cell (a validation over A:XFD). */
const IGNORED_SHEET_PARTS = ['dataValidations', 'conditionalFormatting'];

/**
 * Reads an untrusted XLSX upload into the object `parseCycleFile` takes, so every rule of the cycle file
 * is then judged exactly as for a JSON file. Here only what is the workbook's own is refused: it is no
 * XLSX or too large, a sheet or column is missing or unknown, a cell holds the wrong kind of value, a
 * formula or a merge, or a row belongs to no parent. Every such problem is returned (at most 100).
 */
export async function readCycleWorkbook(bytes: Buffer, options: ReadWorkbookOptions = {}): Promise<WorkbookRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_WORKBOOK_BYTES;
  if (bytes.length > maxBytes) return refused({ code: 'WORKBOOK_TOO_LARGE', message: `the workbook has ${bytes.length} bytes; at most ${maxBytes} are read` });
  const archiveProblem = checkArchive(bytes, maxBytes);
  if (archiveProblem) return refused(archiveProblem);
  const workbook = new Workbook();
  try {
    // exceljs types its input as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0], { ignoreNodes: IGNORED_SHEET_PARTS });
  } catch {
    // exceljs's own message tells a clerk nothing (and may quote the file): say what to do instead.
    return refused({
      code: 'WORKBOOK_UNREADABLE',
      message: 'the file is a ZIP archive but no readable XLSX workbook; save it again from Excel or LibreOffice as .xlsx',
    });
  }
  const problems = new WorkbookProblems();
  const links = new RowLinks(readSheets(workbook, problems), problems);
  const json = { format: CYCLE_FILE_FORMAT, ...assembleSetup(links), ...assembleAssessments(links), ...assembleSurveys(links) };
  return problems.any ? { ok: false, problems: problems.list() } : { ok: true, json };
}

function refused(problem: WorkbookProblem): WorkbookRead {
  return { ok: false, problems: [problem] };
}
