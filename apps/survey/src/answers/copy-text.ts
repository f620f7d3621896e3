import type { ResponseRow } from '@par/contracts';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in COPY's text format: backslash, tab and line breaks escaped (the reader refuses control characters in ids, codes may still hold a backslash). */
function copyValue(value: string): string {
  // Nearly every value needs no escape: one test, not four replacements.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Rows as COPY … FROM STDIN (text format) reads them: import_id, respondent, unit_id, question, answer (\N for none). */
export function copyLines(importId: string, rows: readonly ResponseRow[]): string {
  let text = '';
  for (const row of rows) {
    text += `${importId}\t${copyValue(row.respondent)}\t${copyValue(row.unit)}\t${copyValue(row.question)}\t${row.answer === null ? '\\N' : row.answer}\n`;
  }
  return text;
}
