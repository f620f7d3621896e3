import type { DomainErrorCode } from '../domain-error';
import type { ErrorCategory } from '../error-category';
import { bounded } from './shown-value';

/**
 * The published-index rules' codes (PAPI, DGI): listed in DOMAIN_ERROR_CODES too, all 'invalid' (about the input).
 */
export const PUBLISHED_INDEX_RULE_ERROR_CODES = [
  'PUBLISHED_SCORE_MALFORMED',
  'PUBLISHED_SCORE_TOO_MANY_DECIMALS',
  'PUBLISHED_SCORE_OUT_OF_RANGE',
  'PUBLISHED_MAX_INVALID',
  'PUBLISHED_SUM_MISMATCH',
  'PUBLISHED_CODE_DUPLICATE',
  'PUBLISHED_DIMENSIONS_MISSING',
] as const satisfies readonly DomainErrorCode[];

export type PublishedIndexRuleErrorCode = (typeof PUBLISHED_INDEX_RULE_ERROR_CODES)[number];

/** A broken published-index rule: its code, the field at fault (`dimensions[D1].subDimensions[D1.2].score`) and the value, bounded. */
export class PublishedIndexRuleError extends Error {
  readonly category: ErrorCategory = 'invalid';
  readonly value: unknown;

  constructor(
    readonly code: PublishedIndexRuleErrorCode,
    message: string,
    readonly field: string,
    value?: unknown,
  ) {
    super(message);
    this.name = 'PublishedIndexRuleError';
    this.value = bounded(value);
  }

  toJSON(): { code: PublishedIndexRuleErrorCode; message: string; field: string; value?: unknown } {
    return { code: this.code, message: this.message, field: this.field, ...(this.value === undefined ? {} : { value: this.value }) };
  }
}

export type PublishedIndexValidation<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly PublishedIndexRuleError[] };
