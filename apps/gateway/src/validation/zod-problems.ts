import type { z } from 'zod';
import type { ProblemItem } from '../problems/problem';

/** zod's issues as problem items: a code clients can switch on and the field path as sent (criteria[0].code). */
export function problemsOf(error: z.ZodError, input: unknown, root: string): ProblemItem[] {
  return error.issues.flatMap((issue): ProblemItem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'FIELD_UNKNOWN', field: fieldOf([...issue.path, key], root), detail: `unknown field "${key}"` }));
    }
    const field = fieldOf(issue.path, root);
    const missing = valueAt(input, issue.path) === undefined;
    return [{ code: missing ? 'FIELD_REQUIRED' : 'FIELD_INVALID', field, detail: missing ? `${field} is required` : `${field}: ${issue.message}` }];
  });
}

function fieldOf(path: readonly PropertyKey[], root: string): string {
  if (path.length === 0) return root;
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : field === '' ? String(key) : `${field}.${String(key)}`), '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}
