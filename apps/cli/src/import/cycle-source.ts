import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { type CycleFile, type InterchangeError, parseCycleFile } from '@par/contracts';
import { readCycleWorkbook } from '@par/cycle-workbook';
import { cutShort } from '@par/domain';

/** The largest cycle file accepted (JSON or XLSX): a 10x province is about 5 MB of JSON. */
export const MAX_CYCLE_FILE_BYTES = 20 * 1024 * 1024;

export type CycleFileFormat = 'json' | 'xlsx';

/** A cycle file read and checked whole, with where it came from. */
export interface CycleSource {
  readonly file: CycleFile;
  readonly format: CycleFileFormat;
  /** `sha256:<hex>` of the bytes as received: the provenance every imported event carries. */
  readonly checksum: string;
  readonly name: string;
}

/** What is wrong with a file, where: its JSON path and the unit and criterion, or its sheet, row and column. */
export interface SourceProblem {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly unit?: string;
  readonly criterion?: string;
  /** The value found, as JSON text cut to 80 characters: a problem never echoes unbounded input. */
  readonly value?: string;
}

const SHOWN_VALUE = 80;

export type SourceRead = { readonly ok: true; readonly source: CycleSource } | { readonly ok: false; readonly problems: readonly SourceProblem[] };

/** The format a file's name (or its media type) says it is; undefined when neither says. */
export function formatOf(name: string, contentType = ''): CycleFileFormat | undefined {
  const extension = extname(name).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.xlsx') return 'xlsx';
  if (/^application\/(.+\+)?json\b/.test(contentType)) return 'json';
  if (contentType.startsWith('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')) return 'xlsx';
  return undefined;
}

/**
 * Reads a cycle file's bytes (INTERCHANGE.md: JSON, or XLSX with a sheet per list) and checks every rule
 * of the contract, all problems at once. Nothing is opened or recorded here.
 */
export async function readCycleSource(bytes: Buffer, name: string, format: CycleFileFormat): Promise<SourceRead> {
  if (bytes.length > MAX_CYCLE_FILE_BYTES) {
    return refused({ code: 'FILE_TOO_LARGE', message: `${name} is ${bytes.length} bytes; a cycle file may have at most ${MAX_CYCLE_FILE_BYTES} bytes` });
  }
  let json: unknown;
  if (format === 'xlsx') {
    const workbook = await readCycleWorkbook(bytes, { maxBytes: MAX_CYCLE_FILE_BYTES });
    if (!workbook.ok) return { ok: false, problems: workbook.problems };
    json = workbook.json;
  } else {
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      return refused({ code: 'JSON_MALFORMED', message: `${name} is not JSON: ${(error as Error).message}` });
    }
  }
  const parsed = parseCycleFile(json);
  if (!parsed.ok) return { ok: false, problems: parsed.errors.map(problemOf) };
  const checksum = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { ok: true, source: { file: parsed.value, format, checksum, name } };
}

function refused(problem: SourceProblem): SourceRead {
  return { ok: false, problems: [problem] };
}

function problemOf(error: InterchangeError): SourceProblem {
  return {
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(error.unit ? { unit: error.unit } : {}),
    ...(error.criterion ? { criterion: error.criterion } : {}),
    ...(error.value !== undefined ? { value: shown(error.value) } : {}),
  };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOWN_VALUE ? `${cutShort(text, SHOWN_VALUE)} (${text.length} characters)` : text;
}

/** One line per problem, saying where it is, for stderr. */
export function describeProblem(problem: SourceProblem): string {
  const where = [
    problem.sheet && `sheet ${problem.sheet}`,
    problem.row !== undefined && `row ${problem.row}`,
    problem.column && `column ${problem.column}`,
    problem.unit && `unit ${problem.unit}`,
    problem.criterion && `criterion ${problem.criterion}`,
    problem.value !== undefined && `value ${problem.value}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${problem.code}: ${problem.message}${where ? ` (${where})` : ''}`;
}
