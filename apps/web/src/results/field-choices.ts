import type { ResultsDocument } from './results.api';

/** A field one can rank by: its code and the title its criteria set gives it. */
export interface FieldChoice {
  readonly field: string;
  readonly title: string;
}

/**
 * The fields of a cycle, as its results rows list them: each code once, in the criteria sets' order; where two groups'
 * sets title a code differently, the first group's title is shown (each group's table names its own).
 */
export function fieldChoicesOf(results: ResultsDocument): FieldChoice[] {
  const choices = new Map<string, FieldChoice>();
  for (const group of results.groups) {
    for (const row of group.results) {
      for (const { field, title } of row.fields ?? []) if (!choices.has(field)) choices.set(field, { field, title });
    }
  }
  return [...choices.values()];
}
