import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Columns } from './unnest-columns';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A cell in COPY's text format: \N for null, booleans as t/f, text with backslash, tab and line breaks escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  // Nearly every value needs no escape: one test, not four replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Rows as COPY … FROM STDIN reads them (text format), one line each. */
export function copyText(rows: readonly (readonly unknown[])[]): string {
  let text = '';
  for (const cells of rows) text += `${cells.map(copyValue).join('\t')}\n`;
  return text;
}

/**
 * Inserts rows (copyText) with COPY … FROM STDIN, the server's cheapest way in: no statement to plan, no array
 * to parse. Plain inserts, without ON CONFLICT: for rows that cannot be there yet (a batch of a rebuild,
 * whose checkpoint guarantees it is applied once); a row that is there after all fails the batch.
 */
export async function copyIn(tx: PoolClient, table: string, columns: Columns, text: string): Promise<void> {
  if (text === '') return;
  const copy = tx.query(copyFrom(`COPY ${table} (${columns.map(([name]) => name).join(', ')}) FROM STDIN`));
  // One write of the whole text: a write per row costs a system call each.
  await new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
    copy.end(text);
  });
}
