import { sipas2025QuestionCodes, SIPAS_2025_UNITS } from '../campaign/sipas-2025.fixture';
import { readResponses } from './read-responses';
import { KnownResponses, ReadResponsesOptions, RejectedRow, ResponseRow, ResponsesEnd, ResponsesFormat } from './response-row';
import { ResponsesFileError } from './responses-file-error';

/** What the SIPAS 2025 campaign checks rows against: its units, its 20 questions, the 1–5 scale. */
export function sipasKnown(): KnownResponses {
  return { units: new Set(SIPAS_2025_UNITS), questions: new Set(sipas2025QuestionCodes()), scale: { min: 1, max: 5 } };
}

/** The bytes of a file as a stream delivers them, in pieces of `pieceSize` bytes (cutting through characters too). */
export async function* piecesOf(bytes: Buffer | string, pieceSize = 64 * 1024): AsyncGenerator<Buffer> {
  const all = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  for (let start = 0; start < all.length; start += pieceSize) yield all.subarray(start, start + pieceSize);
}

export interface Reading {
  readonly chunks: number;
  readonly accepted: ResponseRow[];
  readonly rejected: RejectedRow[];
  readonly end: ResponsesEnd | undefined;
}

/** Reads a whole file through readResponses (against the SIPAS 2025 campaign unless `known` is given) and gathers what it handed back. */
export async function readAll(
  file: Buffer | string,
  format: ResponsesFormat,
  options: ReadResponsesOptions & { pieceSize?: number; known?: KnownResponses } = {},
): Promise<Reading> {
  const reading = { chunks: 0, accepted: [] as ResponseRow[], rejected: [] as RejectedRow[], end: undefined as ResponsesEnd | undefined };
  for await (const chunk of readResponses(piecesOf(file, options.pieceSize), format, options.known ?? sipasKnown(), options)) {
    reading.chunks++;
    reading.accepted.push(...chunk.accepted);
    reading.rejected.push(...chunk.rejected);
    reading.end = chunk.end;
  }
  return reading;
}

/** The refusal of a whole file, or a failure of the test when the file was read. */
export async function refusalOf(file: Buffer | string, format: ResponsesFormat): Promise<ResponsesFileError> {
  try {
    await readAll(file, format);
  } catch (error) {
    if (error instanceof ResponsesFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** A CSV responses file: the header, then the rows as written. */
export function csv(...rows: string[]): string {
  return ['respondent,unit,question,answer', ...rows].join('\n') + '\n';
}
