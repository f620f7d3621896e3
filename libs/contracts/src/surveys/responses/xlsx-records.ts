import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { stream } from 'exceljs';
import { MAX_LINE_LENGTH } from './byte-gate';
import { readHeader, type ColumnOrder } from './response-columns';
import { RESPONSE_COLUMNS } from './response-row';
import { ResponsesFileError } from './responses-file-error';
import { SourceRecord } from './source-record';

/** What exceljs's streaming reader gives for a row: its sheet row number and its cells (1-based, sparse). */
interface SheetRow {
  readonly number: number;
  readonly values: readonly unknown[] | Record<string, unknown>;
}

interface SheetReader {
  readonly name: string;
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
}

const MAX_PROBLEM_SHOWN = 120;

/**
 * The rows of an XLSX responses file, read by exceljs's streaming WorkbookReader: the first sheet (the first
 * tab of the workbook), its first row with a value the header, and each later row numbered by the sheet's
 * own row number, so a clerk finds it in Excel. The workbook is never loaded whole: rows are read as the zip
 * inflates (the shared strings are cached, and a sheet stored before them waits in a temporary file, as
 * exceljs does). Every byte of the file is hashed (the checksum is that of the bytes, as for CSV).
 */
export class XlsxRecords {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private lastRow = 0;
  private ended: { checksum: string; bytes: number; lines: number } | undefined;

  async *records(input: AsyncIterable<unknown> | Readable): AsyncGenerator<SourceRecord[], void, undefined> {
    const reader = new stream.xlsx.WorkbookReader(Readable.from(this.hashed(input)), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore' });
    let header: ColumnOrder | undefined;
    let sheetRead = false;
    try {
      for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
        // Other sheets are drained unread by exceljs, so every byte still goes through the checksum.
        if (sheetRead || !isFirstSheet(reader, sheet)) continue;
        sheetRead = true;
        for await (const events of sheet.parse()) {
          const records: SourceRecord[] = [];
          for (const { eventType, value } of events) {
            if (eventType !== 'row') continue;
            const row = value as SheetRow;
            this.lastRow = row.number;
            const cells = cellsOf(row);
            if (cells.every((cell) => cell === '')) continue;
            if (header === undefined) header = headerOf(cells, row.number);
            else records.push(recordOf(cells, row.number, header));
          }
          if (records.length > 0) yield records;
        }
      }
    } catch (error) {
      throw error instanceof ResponsesFileError ? error : unreadable(error, this.lastRow);
    }
    this.ended = { checksum: `sha256:${this.hash.digest('hex')}`, bytes: this.bytes, lines: this.lastRow };
    if (header === undefined) {
      throw new ResponsesFileError('COLUMNS_INVALID', `the first sheet is empty: its first row must be the header ${RESPONSE_COLUMNS.join(',')}`);
    }
  }

  /** Once `records` has run out: the checksum of every byte read, their count and the last row number read. */
  summary(): { checksum: string; bytes: number; lines: number } {
    if (this.ended === undefined) throw new Error('XlsxRecords.summary() is known only once every row has been read');
    return this.ended;
  }

  private async *hashed(input: AsyncIterable<unknown> | Readable): AsyncGenerator<Buffer, void, undefined> {
    for await (const chunk of input) {
      if (!(chunk instanceof Uint8Array)) throw new TypeError('readResponses reads bytes: give it Buffers');
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.hash.update(bytes);
      this.bytes += bytes.length;
      yield bytes;
    }
  }
}

/** The first tab of the workbook; when the workbook's own list is not known yet, the first sheet stored. */
function isFirstSheet(reader: unknown, sheet: SheetReader): boolean {
  const first = (reader as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
  return first === undefined || first === sheet.name;
}

function headerOf(cells: readonly string[], row: number): ColumnOrder {
  if (lengthOf(cells) > MAX_LINE_LENGTH) {
    throw new ResponsesFileError('COLUMNS_INVALID', `the header row is longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters`, row);
  }
  // Excel stores no empty cell: the header ends at its last named column.
  return readHeader(withoutTrailingEmpty(cells), row);
}

function recordOf(cells: readonly string[], line: number, header: ColumnOrder): SourceRecord {
  if (lengthOf(cells) > MAX_LINE_LENGTH) {
    return { rejected: { line, code: 'LINE_TOO_LONG', reason: `the row is longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters` } };
  }
  const values = withoutTrailingEmpty(cells);
  if (values.length > header.width) {
    return {
      rejected: {
        line,
        code: 'MALFORMED_LINE',
        reason: `has a value in column ${columnName(values.length)}, beyond the ${header.width} columns of the header`,
      },
    };
  }
  while (values.length < header.width) values.push('');
  return { line, fields: header.fieldsOf(values) };
}

/** The row's cells as text, from column A on: a number as written, a formula by its result, rich text by its characters. */
function cellsOf(row: SheetRow): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: string[] = [];
  for (let column = 1; column < values.length; column++) cells.push(textOf(values[column]).trim());
  return cells;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const cell = value as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
    if ('result' in cell) return textOf(cell.result);
    if (typeof cell.text === 'string') return cell.text;
    if (typeof cell.error === 'string') return cell.error;
  }
  return '';
}

function withoutTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

function lengthOf(cells: readonly string[]): number {
  let length = 0;
  for (const cell of cells) length += cell.length;
  return length;
}

/** 1 → A, 27 → AA. */
function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function unreadable(error: unknown, lastRow: number): ResponsesFileError | unknown {
  if (error instanceof TypeError && error.message.startsWith('readResponses')) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const shown = detail.length > MAX_PROBLEM_SHOWN ? `${detail.slice(0, MAX_PROBLEM_SHOWN)}…` : detail;
  return new ResponsesFileError(
    'FILE_MALFORMED',
    `the file is not a readable XLSX workbook (${shown}): save it from Excel as "Excel Workbook (*.xlsx)" and import again`,
    lastRow > 0 ? lastRow : undefined,
  );
}
