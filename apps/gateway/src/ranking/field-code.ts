import { ProblemError } from '../problems/problem';

/** A field's code as criteria sets write them (a top-level node: "2", "II", "A"); bounded, never echoed unbounded. */
export function parseFieldCode(field: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(field)) {
    throw new ProblemError(400, 'FIELD_INVALID', 'A field code is 1 to 20 letters, digits and . _ - (e.g. 2)', 'field');
  }
  return field;
}
