import type { Readable } from 'node:stream';
import { echo } from '../echo';
import { ByteGate } from './byte-gate';
import { ResponseChecker } from './check-response';
import { ChunkQueue } from './chunk-queue';
import { csvRecords } from './csv-records';
import { jsonlRecords } from './jsonl-records';
import { KnownResponses, ReadResponsesOptions, ResponsesChunk, ResponsesFormat } from './response-row';

export const DEFAULT_CHUNK_SIZE = 10_000;

/**
 * Reads a responses file (CSV or JSON lines) as it streams in, row by row, and hands back the rows kept
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
  if (format !== 'csv' && format !== 'jsonl') throw new RangeError(`readResponses: the format is "csv" or "jsonl", not ${echo(format)}`);
  const gate = new ByteGate(format === 'csv');
  const checker = new ResponseChecker(known);
  const queue = new ChunkQueue(chunkSize);
  const records = format === 'csv' ? csvRecords(gate.lines(input)) : jsonlRecords(gate.lines(input));
  for await (const record of records) {
    queue.reject(gate.takeRejections());
    if ('rejected' in record) queue.reject([record.rejected]);
    else {
      const checked = checker.check(record.line, record.fields);
      if (checked.ok) queue.accept(checked.row);
      else queue.reject([checked.rejected]);
    }
    yield* queue.full();
  }
  queue.reject(gate.takeRejections());
  yield* queue.rest(gate.summary());
}
