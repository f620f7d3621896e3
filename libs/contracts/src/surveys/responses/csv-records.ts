import { CsvError, InfoRecord, Options, parse } from 'csv-parse';
import { Readable, pipeline } from 'node:stream';
import { MAX_LINE_LENGTH } from './byte-gate';
import { ColumnOrder, readHeader } from './response-columns';
import { RESPONSE_COLUMNS } from './response-row';
import { ResponsesFileError } from './responses-file-error';
import { SourceRecord } from './source-record';

interface NumberedRecord {
  readonly line: number;
  readonly values: string[];
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** Where the reading stands: the header once read, and the last line consumed. */
interface CsvState {
  header: ColumnOrder | undefined;
  line: number;
}

/**
 * The rows of a CSV responses file (RFC 4180: quoted fields may hold commas, doubled quotes, line breaks).
 * Until the first '"' of the file, lines are split on commas directly (a survey export rarely quotes
 * anything, and csv-parse's per-record bookkeeping costs more than the split); from the line holding it
 * on, csv-parse's streaming parser reads the rest. Both give the same records: values trimmed, blank lines
 * skipped, a row of the wrong width rejected. Quotes inside an unquoted value are kept as text (the row then
 * fails its own checks); a quote never closed refuses the file, since no later line can be told apart from it.
 * `lines` holds whole lines (ByteGate), the last one possibly without its line break; records come a block at a time.
 */
export async function* csvRecords(lines: AsyncIterable<Buffer>): AsyncGenerator<SourceRecord[], void, undefined> {
  const state: CsvState = { header: undefined, line: 0 };
  const iterator = lines[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const block = next.value;
    const quote = block.indexOf(QUOTE);
    // The plain lines: every whole line before the one holding the quote.
    const plainEnd = quote === -1 ? block.length : block.lastIndexOf(NEWLINE, quote) + 1;
    const plain = plainRecords(block.toString('utf8', 0, plainEnd), state);
    if (plain.length > 0) yield plain;
    if (quote !== -1) {
      yield* parsedRecords(rest(block.subarray(plainEnd), iterator), state);
      return;
    }
  }
  if (state.header === undefined)
    throw new ResponsesFileError('COLUMNS_INVALID', `the file is empty: it must start with the header ${RESPONSE_COLUMNS.join(',')}`);
}

/** Lines without a quote: split on commas, as csv-parse would read them. */
function plainRecords(text: string, state: CsvState): SourceRecord[] {
  const records: SourceRecord[] = [];
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = ++state.line;
    const content = text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
    start = end + 1;
    const values = content.split(',');
    for (let at = 0; at < values.length; at++) values[at] = values[at].trim();
    const record = recordOf(values, line, state);
    if (record !== undefined) records.push(record);
  }
  return records;
}

function recordOf(values: string[], line: number, state: CsvState): SourceRecord | undefined {
  if (state.header === undefined) {
    state.header = readHeader(values, line);
    return undefined;
  }
  if (values.every((value) => value === '')) return undefined;
  if (values.length !== state.header.width) return { rejected: { line, code: 'MALFORMED_LINE', reason: widthProblem(values.length, state.header) } };
  return { line, fields: state.header.fieldsOf(values) };
}

async function* rest(first: Buffer, iterator: AsyncIterator<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  yield first;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

/** The rest of the file through csv-parse, numbered on from the lines already read. */
async function* parsedRecords(lines: AsyncIterable<Buffer>, state: CsvState): AsyncGenerator<SourceRecord[], void, undefined> {
  const offset = state.line;
  // Numbered as the parser emits them (it runs ahead of this loop), so a parse error knows the last row read.
  let lastLine = offset;
  let lastEmptyLines = 0;
  const options: Options<NumberedRecord, string[]> = {
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    // Bytes, and a character may take 4: the gate has already kept every single line within MAX_LINE_LENGTH.
    max_record_size: MAX_LINE_LENGTH * 4,
    on_record: (values: string[], info: InfoRecord): NumberedRecord => {
      // info.lines is where the record ends; it starts after the previous one and the empty lines between.
      const line = lastLine + 1 + (info.empty_lines - lastEmptyLines);
      lastLine = offset + info.lines;
      lastEmptyLines = info.empty_lines;
      return { line, values };
    },
  };
  // csv-parse types a renamed record only with `columns`: the options are right, its overloads are narrow.
  const parser = parse(options as unknown as Options);
  // An error of either stream ends the iteration below, which reports it.
  pipeline(Readable.from(lines), parser, () => undefined);
  try {
    for await (const { line, values } of parser as AsyncIterable<NumberedRecord>) {
      state.line = line;
      const record = recordOf(values, line, state);
      if (record !== undefined) yield [record];
    }
  } catch (error) {
    throw error instanceof CsvError ? structureProblem(error, lastLine + 1) : error;
  }
}

function widthProblem(found: number, header: ColumnOrder): string {
  return `expected ${header.width} values (${header.columns.join(',')}), found ${found}: a value holding a comma must be quoted ("…")`;
}

function structureProblem(error: CsvError, line: number): ResponsesFileError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ResponsesFileError('FILE_MALFORMED', 'a quote (") opened on this line is never closed, so the rows after it cannot be told apart', line);
  }
  return new ResponsesFileError('FILE_MALFORMED', `the CSV cannot be read past this line (${error.code})`, line);
}
