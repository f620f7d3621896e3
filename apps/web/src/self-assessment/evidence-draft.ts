import type { Evidence } from './self-assessment.api';

/** An evidence row as the form holds it: every field may still be blank. */
export type EvidenceRow = Partial<Record<'title' | 'documentNo' | 'date' | 'section', string>>;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Whether anything was typed in a row. */
export function isBlank(row: EvidenceRow | undefined): boolean {
  return Object.values(row ?? {}).every((value) => trimmed(value) === '');
}

/**
 * The rows worth sending, as the service takes them: rows left wholly blank are dropped (the form drops them too,
 * so that `evidence[i]` in a refusal is the i-th row on screen), blank fields are left out, text is trimmed.
 */
export function evidenceOf(rows: readonly EvidenceRow[]): Evidence[] {
  return rows
    .filter((row) => !isBlank(row))
    .map((row) => {
      const fields = Object.entries(row).map(([name, value]) => [name, trimmed(value)] as const);
      return { title: '', ...Object.fromEntries(fields.filter(([, value]) => value !== '')) } as Evidence;
    });
}

/** The evidence already recorded, as rows; one blank row to type into when there is none. */
export function rowsOf(evidence: readonly Evidence[]): EvidenceRow[] {
  if (evidence.length === 0) return [{}];
  return evidence.map(({ title, documentNo, date, section }) => ({ title, documentNo, date, section }));
}
