import type { ResponseRow } from '@par/contracts';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in COPY's text format: backslash, tab and line breaks escaped (the reader refuses control characters in ids, codes may still hold a backslash). */
function copyValue(value: string): string {
  // Nearly every value needs no escape: one test, not four replacements.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The columns copyLines writes, in its order. */
export const COPY_COLUMNS = '(import_id, line, respondent, unit_id, respondent_unit, question, answer)';

/** Rows as COPY … FROM STDIN (text format) reads them, in the order of COPY_COLUMNS (\N for no respondent unit, no answer). */
export function copyLines(importId: string, rows: readonly ResponseRow[]): string {
  let text = '';
  for (const row of rows) {
    const respondentUnit = row.respondentUnit === undefined ? '\\N' : copyValue(row.respondentUnit);
    const answer = row.answer === null ? '\\N' : row.answer;
    text += `${importId}\t${row.line}\t${copyValue(row.respondent)}\t${copyValue(row.unit)}\t${respondentUnit}\t${copyValue(row.question)}\t${answer}\n`;
  }
  return text;
}
