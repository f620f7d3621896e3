import { Cell, CellValue, ValueType } from 'exceljs';
import type { ColumnKind } from '../workbook-layout';
import type { WorkbookProblemCode } from './workbook-problem';
import { quoted } from './workbook-problem';

/** A cell's value as the cycle file's JSON holds it; undefined for an empty cell. */
export type ReadValue = string | number | boolean;

export type CellReading =
  { readonly ok: true; readonly value: ReadValue | undefined } | { readonly ok: false; readonly code: WorkbookProblemCode; readonly problem: string };

/** Vietnam's offset, given to date cells that carry a time: a spreadsheet time has no zone of its own. */
const VIETNAM_OFFSET = '+07:00';

/**
 * Reads one cell for a column of the given kind. Points keep their decimals as typed: a number cell is
 * the number, a text cell holding "87.64" or "87,64" is the decimal string "87.64"; nothing is summed
 * or rounded here, the domain judges the value.
 */
export function readCell(cell: Cell, kind: ColumnKind): CellReading {
  if (cell.type === ValueType.Error) return refused('CELL_ERROR', `holds the error ${quoted(errorOf(cell.value))}; type the value`);
  const raw = cell.type === ValueType.Formula ? booleanConstant(cell.formula) : plainValue(cell.value);
  if (cell.type === ValueType.Formula && raw === undefined) return refused('CELL_FORMULA', 'holds a formula; type the value, not a formula');
  if (raw === undefined) return read(undefined);
  switch (kind) {
    case 'text':
      return textOf(raw);
    case 'time':
      return timeOf(raw);
    case 'points':
    case 'decimal':
      return decimalOf(raw, kind === 'points' ? 'points such as 87.64' : 'a number such as 0.95');
    case 'integer':
      return integerOf(raw);
    case 'boolean':
      return booleanOf(raw);
  }
}

type Plain = string | number | boolean | Date;

/** The value behind exceljs's shapes: rich text and hyperlinks read as their text. */
function plainValue(value: CellValue): Plain | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return plainValue(value.text as CellValue);
  return undefined;
}

/** LibreOffice saves a typed TRUE or FALSE as the formula TRUE() or FALSE(): a constant, not a calculation. */
function booleanConstant(formula: string | undefined): boolean | undefined {
  const constant = /^=?\s*(TRUE|FALSE)\s*(\(\s*\))?\s*$/i.exec(formula ?? '');
  return constant ? constant[1].toUpperCase() === 'TRUE' : undefined;
}

function textOf(raw: Plain): CellReading {
  // Excel turns "2" or "1.1" typed into a cell into a number: read it back as its digits.
  if (typeof raw === 'string') return read(raw);
  if (typeof raw === 'number') return read(String(raw));
  if (raw instanceof Date) return refused('CELL_NOT_TEXT', `is a date (${dateOf(raw)}) where text belongs; type it as text, e.g. starting with an apostrophe`);
  return refused('CELL_NOT_TEXT', `is ${raw ? 'TRUE' : 'FALSE'} where text belongs; type it as text`);
}

function timeOf(raw: Plain): CellReading {
  if (typeof raw === 'string') return read(raw);
  if (raw instanceof Date) return read(dateOf(raw));
  return refused('CELL_NOT_A_DATE', `${quoted(raw)} is not a date; type one such as 2025-01-10 or 2022-11-15T09:30:00+07:00`);
}

/** A date cell: the whole day as YYYY-MM-DD, or the date-time in Vietnam when it carries a time. */
function dateOf(date: Date): string {
  // exceljs reads a spreadsheet date as that wall-clock time in UTC; round away float noise to the second.
  const at = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = at.toISOString().slice(0, 10);
  const time = at.toISOString().slice(11, 19);
  return time === '00:00:00' ? day : `${day}T${time}${VIETNAM_OFFSET}`;
}

const DECIMAL_TEXT = /^\s*(-?)(\d+)(?:[.,](\d+))?\s*$/;

function decimalOf(raw: Plain, example: string): CellReading {
  if (typeof raw === 'number') return read(raw);
  const decimal = typeof raw === 'string' ? decimalText(raw) : undefined;
  return decimal === undefined ? refused('CELL_NOT_A_NUMBER', `${shown(raw)} is not a number; type ${example} (or with a comma)`) : read(decimal);
}

function integerOf(raw: Plain): CellReading {
  if (typeof raw === 'number') return read(raw);
  const decimal = typeof raw === 'string' ? decimalText(raw) : undefined;
  return decimal === undefined ? refused('CELL_NOT_A_NUMBER', `${shown(raw)} is not a number; type a whole number such as 2025`) : read(Number(decimal));
}

/** "87,64" or " 87.64 " → "87.64"; anything else (thousands separators, units, words) → undefined. */
function decimalText(text: string): string | undefined {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  return `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`;
}

function booleanOf(raw: Plain): CellReading {
  if (typeof raw === 'boolean') return read(raw);
  if (typeof raw === 'string' && /^\s*(true|false)\s*$/i.test(raw)) return read(raw.trim().toLowerCase() === 'true');
  return refused('CELL_NOT_A_BOOLEAN', `${shown(raw)} is not TRUE or FALSE`);
}

function shown(raw: Plain): string {
  if (raw instanceof Date) return `the date ${dateOf(raw)}`;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return quoted(raw);
}

function errorOf(value: CellValue): string {
  return typeof value === 'object' && value !== null && 'error' in value ? String(value.error) : '#ERROR';
}

function read(value: ReadValue | undefined): CellReading {
  return { ok: true, value };
}

function refused(code: WorkbookProblemCode, problem: string): CellReading {
  return { ok: false, code, problem };
}
