import { echo } from '../echo';
import { isRecord } from '../campaign/campaign-paths';
import { refusePersonalData } from './response-columns';
import { OPTIONAL_RESPONSE_COLUMNS, RESPONSE_COLUMNS } from './response-row';
import { SourceRecord } from './source-record';

const NEWLINE = 0x0a;
const KEYS: readonly string[] = [...RESPONSE_COLUMNS, ...OPTIONAL_RESPONSE_COLUMNS];

/**
 * The rows of a JSON lines responses file: one object `{"respondent","unit","question","answer"}` per line,
 * optionally with `"respondentUnit"` (a unit id, or null or "" for a respondent from outside), blank lines
 * skipped. A line that is not such an object is rejected; a key that looks like personal data
 * refuses the file, as a CSV column would. `lines` holds whole lines (the last may lack its line break); records come a block at a time.
 */
export async function* jsonlRecords(lines: AsyncIterable<Buffer>): AsyncGenerator<SourceRecord[], void, undefined> {
  let line = 0;
  for await (const block of lines) {
    const records: SourceRecord[] = [];
    for (let start = 0; start < block.length;) {
      const newline = block.indexOf(NEWLINE, start);
      const end = newline === -1 ? block.length : newline;
      line++;
      const text = block.toString('utf8', start, end).trim();
      start = end + 1;
      if (text !== '') records.push(recordOf(line, text));
    }
    if (records.length > 0) yield records;
  }
}

function recordOf(line: number, text: string): SourceRecord {
  const malformed = (reason: string): SourceRecord => ({ rejected: { line, code: 'MALFORMED_LINE', reason } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed('is not valid JSON');
  }
  if (!isRecord(value)) return malformed(`must be one JSON object {"respondent","unit","question","answer"}`);
  const unexpected = Object.keys(value).filter((key) => !KEYS.includes(key));
  refusePersonalData(unexpected, line);
  if (unexpected.length > 0) return malformed(`has the unexpected field ${echo(unexpected[0])}`);
  const missing = RESPONSE_COLUMNS.find((column) => !(column in value));
  if (missing !== undefined) return malformed(`lacks the field "${missing}"`);
  const { respondent, unit, question, answer, respondentUnit } = value;
  for (const [name, field] of [
    ['respondent', respondent],
    ['unit', unit],
    ['question', question],
  ] as const) {
    if (typeof field !== 'string') return malformed(`${name} must be a string, not ${echo(field)}`);
  }
  if (respondentUnit !== undefined && respondentUnit !== null && typeof respondentUnit !== 'string') {
    return malformed(`respondentUnit must be a unit id, or null for a respondent from outside, not ${echo(respondentUnit)}`);
  }
  if (answer !== null && typeof answer !== 'string' && typeof answer !== 'number') {
    return { rejected: { line, code: 'ANSWER_INVALID', reason: `answer must be a whole number, text or null, not ${echo(answer)}` } };
  }
  return { line, fields: { respondent: respondent as string, unit: unit as string, question: question as string, answer, respondentUnit } };
}
