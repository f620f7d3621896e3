import { DomainError } from './domain-error';

/** One value or the one reason it could not be had. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

/** One value or every problem found, so a whole file can be corrected in one pass. */
export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly DomainError[] };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail(error: DomainError): { readonly ok: false; readonly error: DomainError } {
  return { ok: false, error };
}

export function invalid(errors: readonly DomainError[]): { readonly ok: false; readonly errors: readonly DomainError[] } {
  return { ok: false, errors };
}

/** For inputs already known good (constants, tests): the value, or the domain error thrown. */
export function unwrap<T>(result: Result<T> | Validation<T>): T {
  if (result.ok) return result.value;
  throw 'error' in result ? result.error : result.errors[0];
}
