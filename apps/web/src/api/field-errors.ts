import type { ApiProblem, ProblemItem } from './api-problem';

/** An antd form field's name path: `criteria[0].children[1].code` → ['criteria', 0, 'children', 1, 'code']. */
export type NamePath = (string | number)[];

/** What antd's `form.setFields` takes to show errors under the fields they belong to. */
export interface FieldErrors {
  name: NamePath;
  errors: string[];
}

/**
 * The refusal next to the fields it names: one entry per field, its messages in order (the gateway's `errors[]`
 * when it checked a whole input, else its one `field`). Items naming no field are left to the caller (a banner).
 */
export function fieldErrorsOf(problem: ApiProblem, message: (item: ProblemItem) => string = (item) => item.detail): FieldErrors[] {
  const byField = new Map<string, FieldErrors>();
  for (const item of problem.errors) {
    if (item.field === '') continue;
    const entry = byField.get(item.field) ?? { name: namePathOf(item.field), errors: [] };
    entry.errors.push(message(item));
    byField.set(item.field, entry);
  }
  return [...byField.values()];
}

/** Dots separate names and brackets hold an index or a key (`scores[1.1].points`: the key `1.1`, not two names). */
export function namePathOf(field: string): NamePath {
  const path: NamePath = [];
  for (const [, name, key] of field.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (name !== undefined) path.push(name);
    else path.push(/^\d+$/.test(key) ? Number(key) : key);
  }
  return path;
}
