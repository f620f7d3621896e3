import { echo } from '../echo';
import { ResponseFields } from './check-response';
import { personalDataColumn } from './personal-data';
import { OPTIONAL_RESPONSE_COLUMNS, OptionalResponseColumn, RESPONSE_COLUMNS, ResponseColumn } from './response-row';
import { ResponsesFileError } from './responses-file-error';

/** Where each column sits in the CSV rows, from the header (the four columns and the optional ones, in any order). */
export interface ColumnOrder {
  readonly width: number;
  /** The header's names, trimmed, as the file wrote them: what a row of the wrong width is told to hold. */
  readonly columns: readonly string[];
  fieldsOf(record: readonly string[]): ResponseFields;
}

const EXPECTED = RESPONSE_COLUMNS.join(',');
/** Every column a header may name, as compared: lower case, like the names read. */
const KNOWN = new Set<string>([...RESPONSE_COLUMNS, ...OPTIONAL_RESPONSE_COLUMNS].map((column) => column.toLowerCase()));
const RESPONDENT_UNIT: OptionalResponseColumn = 'respondentUnit';
const MAX_NAMES_SHOWN = 5;

/** Refuses the file for a column that looks like personal data, or for missing, unexpected or repeated columns. */
export function readHeader(names: readonly string[], line: number): ColumnOrder {
  refusePersonalData(names, line);
  const normalised = names.map((name) => name.trim().toLowerCase());
  const missing = RESPONSE_COLUMNS.filter((column) => !normalised.includes(column));
  const unexpected = names.filter((_, position) => !KNOWN.has(normalised[position]));
  const repeated = [...RESPONSE_COLUMNS, ...OPTIONAL_RESPONSE_COLUMNS].filter(
    (column) => normalised.indexOf(column.toLowerCase()) !== normalised.lastIndexOf(column.toLowerCase()),
  );
  if (missing.length + unexpected.length + repeated.length > 0) {
    throw new ResponsesFileError('COLUMNS_INVALID', headerProblem(names, missing, unexpected, repeated), line);
  }
  const position = Object.fromEntries(RESPONSE_COLUMNS.map((column) => [column, normalised.indexOf(column)])) as Record<ResponseColumn, number>;
  const respondentUnit = normalised.indexOf(RESPONDENT_UNIT.toLowerCase());
  return {
    width: names.length,
    columns: names.map((name) => name.trim()),
    fieldsOf: (record) => ({
      respondent: record[position.respondent],
      unit: record[position.unit],
      question: record[position.question],
      answer: record[position.answer],
      respondentUnit: respondentUnit === -1 ? undefined : record[respondentUnit],
    }),
  };
}

/** Also used for the fields of a JSON line: a key is a column too. */
export function refusePersonalData(names: readonly string[], line: number): void {
  for (const name of names) {
    const kind = personalDataColumn(name);
    if (kind === undefined) continue;
    throw new ResponsesFileError(
      'PERSONAL_DATA_COLUMN',
      `column ${echo(name)} looks like ${kind}: respondents are pseudonymous ids, so a responses file carries no names, phone numbers, ` +
        `addresses, emails or identity numbers; remove the column and import again`,
      line,
    );
  }
}

function headerProblem(names: readonly string[], missing: readonly string[], unexpected: readonly string[], repeated: readonly string[]): string {
  const parts = [`the header must name the columns ${EXPECTED} (in any order), and may add ${OPTIONAL_RESPONSE_COLUMNS.join(', ')}`];
  if (names.length === 1 && /[;\t]/.test(names[0])) parts.push('its values look separated by ";" or tabs: save the file as CSV with commas');
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  if (unexpected.length > 0) parts.push(`unexpected: ${listed(unexpected)}`);
  if (repeated.length > 0) parts.push(`repeated: ${repeated.join(', ')}`);
  return parts.join('; ');
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES_SHOWN).map(echo).join(', ');
  return names.length > MAX_NAMES_SHOWN ? `${shown} and ${names.length - MAX_NAMES_SHOWN} more` : shown;
}
