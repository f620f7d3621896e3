import type { PublishedIndexRuleErrorCode } from '@par/domain';
import { boundedValue } from '../echo';
import type { PublishedIndexFile } from './published-index-file';

/** The file's own problems, and the domain rule's (figures, ranges, sums) under their codes. */
export type PublishedIndexFileErrorCode =
  'FORMAT_UNSUPPORTED' | 'SHAPE_INVALID' | 'PAPI_DIMENSION_COUNT' | 'MAX_REQUIRED' | 'MAX_NOT_PAPI' | PublishedIndexRuleErrorCode;

/**
 * One problem of a published-index file; the message starts with the field
 * (`dimensions[D1].subDimensions: …`), and `value` keeps only a primitive, cut short.
 */
export class PublishedIndexFileError extends Error {
  readonly value: string | number | boolean | null | undefined;

  constructor(
    readonly code: PublishedIndexFileErrorCode,
    readonly field: string,
    problem: string,
    value?: unknown,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'PublishedIndexFileError';
    this.value = boundedValue(value);
  }

  toJSON(): { code: PublishedIndexFileErrorCode; message: string; field: string; value?: string | number | boolean | null } {
    return { code: this.code, message: this.message, field: this.field, ...(this.value === undefined ? {} : { value: this.value }) };
  }
}

/** The file, or every problem found: a year's figures are recorded whole or not at all. */
export type PublishedIndexFileValidation =
  { readonly ok: true; readonly value: PublishedIndexFile } | { readonly ok: false; readonly errors: readonly PublishedIndexFileError[] };
