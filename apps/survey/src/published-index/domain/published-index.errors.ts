import { defineErrorCodes, type ErrorCategory } from '@par/contracts';

/**
 * What recording and reading published indices (PAPI, DGI) can refuse, each with its category. Kept apart
 * from SURVEY_ERROR_CODES while others edit that catalogue; the edges read `category`, so both work alike.
 */
export const PUBLISHED_INDEX_ERROR_CODES = defineErrorCodes({
  ROLE_NOT_ALLOWED: 'forbidden',
  PUBLISHED_INDEX_FILE_INVALID: 'invalid',
  PUBLISHED_CORRECTION_REASON_REQUIRED: 'invalid',
  PUBLISHED_TREND_REQUEST_INVALID: 'invalid',
  PUBLISHED_INDEX_NOT_FOUND: 'not-found',
});

export type PublishedIndexErrorCode = keyof typeof PUBLISHED_INDEX_ERROR_CODES;

/** A refused published-index command or query: its code, the field at fault, a readable message (values cut short). */
export class PublishedIndexError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: PublishedIndexErrorCode,
    message: string,
    readonly field: string,
    /** Further problems of the same input (a file's list), each already bounded. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'PublishedIndexError';
    this.category = PUBLISHED_INDEX_ERROR_CODES[code];
  }

  toJSON(): { code: PublishedIndexErrorCode; message: string; field: string; details?: readonly string[] } {
    return { code: this.code, message: this.message, field: this.field, ...(this.details.length > 0 ? { details: this.details } : {}) };
  }
}
