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

/**
 * The rows of a CSV responses file (RFC 4180: quoted fields may hold commas, doubled quotes, line breaks),
 * read by csv-parse's streaming parser one record at a time. Quotes inside an unquoted value are kept as
 * text (the row then fails its own checks) rather than derailing the parser. A row of the wrong width is
 * rejected; a quote never closed refuses the file, since no later line can be told apart from it.
 */
export async function* csvRecords(lines: AsyncIterable<Buffer>): AsyncGenerator<SourceRecord, void, undefined> {
  // Numbered as the parser emits them (it runs ahead of this loop), so a parse error knows the last row read.
  let lastLine = 0;
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
      lastLine = info.lines;
      lastEmptyLines = info.empty_lines;
      return { line, values };
    },
  };
  // csv-parse types a renamed record only with `columns`: the options are right, its overloads are narrow.
  const parser = parse(options as unknown as Options);
  // An error of either stream ends the iteration below, which reports it.
  pipeline(Readable.from(lines), parser, () => undefined);
  let header: ColumnOrder | undefined;
  try {
    for await (const { line, values } of parser as AsyncIterable<NumberedRecord>) {
      if (header === undefined) header = readHeader(values, line);
      else if (values.every((value) => value === '')) continue;
      else if (values.length !== header.width) yield { rejected: { line, code: 'MALFORMED_LINE', reason: widthProblem(values.length, header.width) } };
      else yield { line, fields: header.fieldsOf(values) };
    }
  } catch (error) {
    throw error instanceof CsvError ? structureProblem(error, lastLine + 1) : error;
  }
  if (header === undefined) throw new ResponsesFileError('COLUMNS_INVALID', `the file is empty: it must start with the header ${RESPONSE_COLUMNS.join(',')}`);
}

function widthProblem(found: number, expected: number): string {
  return `expected ${expected} values (${RESPONSE_COLUMNS.join(',')}), found ${found}: a value holding a comma must be quoted ("…")`;
}

function structureProblem(error: CsvError, line: number): ResponsesFileError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ResponsesFileError('FILE_MALFORMED', 'a quote (") opened on this line is never closed, so the rows after it cannot be told apart', line);
  }
  return new ResponsesFileError('FILE_MALFORMED', `the CSV cannot be read past this line (${error.code})`, line);
}
