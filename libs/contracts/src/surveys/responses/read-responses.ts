import type { Readable } from 'node:stream';
import { echo } from '../echo';
import { ByteGate } from './byte-gate';
import { ResponseChecker } from './check-response';
import { ChunkQueue } from './chunk-queue';
import { csvRecords } from './csv-records';
import { jsonlRecords } from './jsonl-records';
import { KnownResponses, ReadResponsesOptions, RejectedRow, RESPONSES_FORMATS, ResponsesChunk, ResponsesEnd, ResponsesFormat } from './response-row';
import { SourceRecord } from './source-record';
import { XlsxRecords } from './xlsx-records';

export const DEFAULT_CHUNK_SIZE = 10_000;

/**
 * Reads a responses file (CSV, JSON lines or XLSX) as it streams in, row by row, and hands back the rows kept
 * and the rows rejected in chunks of at most `chunkSize` each; the last chunk carries `end` (the checksum
 * of the bytes, the counts). The file is never held whole: memory is a chunk, a line or two, the parser's
 * buffers, and the (respondent, question) pairs seen (see ResponseChecker).
 *
 * Throws a ResponsesFileError when the whole file is refused — bad encoding, wrong or personal-data
 * columns, a quote never closed — possibly after earlier chunks: rows are final only at `end`.
 */
export async function* readResponses(
  input: AsyncIterable<Buffer> | Readable,
  format: ResponsesFormat,
  known: KnownResponses,
  options: ReadResponsesOptions = {},
): AsyncGenerator<ResponsesChunk, void, undefined> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new RangeError(`readResponses: chunkSize must be a whole number from 1, not ${chunkSize}`);
  if (!RESPONSES_FORMATS.includes(format)) throw new RangeError(`readResponses: the format is one of ${RESPONSES_FORMATS.join(', ')}, not ${echo(format)}`);
  const source = sourceOf(input, format);
  const checker = new ResponseChecker(known);
  const queue = new ChunkQueue(chunkSize);
  for await (const block of source.records) {
    queue.reject(source.takeRejections());
    for (const record of block) {
      if ('rejected' in record) queue.reject([record.rejected]);
      else {
        const checked = checker.check(record.line, record.fields);
        if (checked.ok) queue.accept(checked.row);
        else queue.reject([checked.rejected]);
      }
    }
    yield* queue.full();
  }
  queue.reject(source.takeRejections());
  yield* queue.rest(source.summary());
}

/** A format's records, the rows it rejected before they became records, and the summary of the bytes read. */
interface RecordSource {
  readonly records: AsyncIterable<SourceRecord[]>;
  takeRejections(): RejectedRow[];
  summary(): Omit<ResponsesEnd, 'accepted' | 'rejected'>;
}

function sourceOf(input: AsyncIterable<Buffer> | Readable, format: ResponsesFormat): RecordSource {
  if (format === 'xlsx') {
    const workbook = new XlsxRecords();
    return { records: workbook.records(input), takeRejections: () => [], summary: () => workbook.summary() };
  }
  // Text: the gate checks the encoding and the length of each line, and hashes the bytes.
  const gate = new ByteGate(format === 'csv');
  const lines = gate.lines(input);
  return { records: format === 'csv' ? csvRecords(lines) : jsonlRecords(lines), takeRejections: () => gate.takeRejections(), summary: () => gate.summary() };
}
