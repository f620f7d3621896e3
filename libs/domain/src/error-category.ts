/**
 * What kind of refusal an error code is, declared next to the code where it is defined (never guessed
 * from its name). The edges turn the category into a status once (libs/contracts): invalid → 422 /
 * INVALID_ARGUMENT, forbidden → 403 / PERMISSION_DENIED, not-found → 404 / NOT_FOUND, conflict → 409 /
 * ABORTED (a lost race: reload and retry), wrong-state → 409 / FAILED_PRECONDITION (not now, in this state).
 */
export const ERROR_CATEGORIES = ['invalid', 'forbidden', 'not-found', 'conflict', 'wrong-state'] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** Declares a catalogue; `keyof typeof` it is the code type. Frozen, so no one adds a code at run time. */
export function defineErrorCodes<const Codes extends Record<string, ErrorCategory>>(codes: Codes): Readonly<Codes> {
  return Object.freeze(codes);
}

export function isErrorCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && (ERROR_CATEGORIES as readonly string[]).includes(value);
}
