import { defineErrorCodes, ErrorCategory } from './error-category';

/**
 * Every rule the domain can reject, each with its category (how the edges report it): all of them are
 * about the input, so all are 'invalid'. Grouped by the concept that raises them.
 */
export const DOMAIN_ERROR_CODES = defineErrorCodes({
  // points
  POINTS_MALFORMED: 'invalid',
  POINTS_TOO_MANY_DECIMALS: 'invalid',
  POINTS_TOO_LARGE: 'invalid',
  POINTS_NEGATIVE: 'invalid',
  POINTS_FACTOR_NOT_INTEGER: 'invalid',
  // a proposed leaf score
  SCORE_ABOVE_MAX: 'invalid',
  SCORE_BELOW_ZERO: 'invalid',
  SCORE_OFF_STEP: 'invalid',
  SCORE_NOT_A_BAND: 'invalid',
  SCORE_NOT_ALL_OR_NOTHING: 'invalid',
  SCORE_NOT_REACHABLE_BY_DEDUCTION: 'invalid',
  // scoring inputs measured outside the unit
  RATIO_MALFORMED: 'invalid',
  RATIO_OUT_OF_RANGE: 'invalid',
  OCCURRENCES_INVALID: 'invalid',
  // the criteria tree
  CRITERION_CODE_MALFORMED: 'invalid',
  CRITERION_CODE_DUPLICATE: 'invalid',
  CRITERION_CODE_NOT_UNDER_PARENT: 'invalid',
  CRITERION_TITLE_MISSING: 'invalid',
  LEAF_MAX_POINTS_MISSING: 'invalid',
  LEAF_MAX_POINTS_NOT_POSITIVE: 'invalid',
  LEAF_METHOD_MISSING: 'invalid',
  LEAF_SOURCE_INVALID: 'invalid',
  BRANCH_CARRIES_SCORING: 'invalid',
  BRANCH_MAX_POINTS_MISMATCH: 'invalid',
  // scoring method parameters
  METHOD_KIND_UNKNOWN: 'invalid',
  METHOD_STEP_NOT_POSITIVE: 'invalid',
  METHOD_MAX_OFF_STEP: 'invalid',
  METHOD_BANDS_EMPTY: 'invalid',
  METHOD_BAND_RATIO_INVALID: 'invalid',
  METHOD_BANDS_NOT_SORTED: 'invalid',
  METHOD_BAND_POINTS_ABOVE_MAX: 'invalid',
  METHOD_BANDS_POINTS_NOT_DESCENDING: 'invalid',
  METHOD_DEDUCTION_NOT_POSITIVE: 'invalid',
  METHOD_DEDUCTION_CAP_NOT_POSITIVE: 'invalid',
  METHOD_DEDUCTION_CAP_ABOVE_MAX: 'invalid',
  // a unit's score sheet
  CRITERION_UNKNOWN: 'invalid',
  SCORE_DUPLICATE: 'invalid',
  // classification thresholds
  THRESHOLDS_EMPTY: 'invalid',
  THRESHOLD_CLASS_MISSING: 'invalid',
  THRESHOLD_CLASS_DUPLICATE: 'invalid',
  THRESHOLD_MIN_INDEX_INVALID: 'invalid',
  THRESHOLD_MIN_INDEX_DUPLICATE: 'invalid',
  // ranking
  UNIT_DUPLICATE: 'invalid',
  // surveys: the questionnaire's scale and an answer on it
  SCALE_INVALID: 'invalid',
  ANSWER_OFF_SCALE: 'invalid',
  // surveys: counts aggregated from the responses
  SURVEY_COUNT_INVALID: 'invalid',
  SURVEY_UNIT_MISSING: 'invalid',
  SURVEY_UNIT_DUPLICATE: 'invalid',
  SURVEY_ASPECT_UNKNOWN: 'invalid',
  SURVEY_ASPECT_DUPLICATE: 'invalid',
  // surveys: points of a survey-held leaf
  SURVEY_INDEX_OUT_OF_RANGE: 'invalid',
  SURVEY_MAX_POINTS_NOT_POSITIVE: 'invalid',
  // surveys: the sample plan
  SAMPLE_POPULATION_INVALID: 'invalid',
  SAMPLE_MARGIN_INVALID: 'invalid',
  // published indices (PAPI, DGI)
  PUBLISHED_SCORE_MALFORMED: 'invalid',
  PUBLISHED_SCORE_TOO_MANY_DECIMALS: 'invalid',
  PUBLISHED_SCORE_OUT_OF_RANGE: 'invalid',
  PUBLISHED_MAX_INVALID: 'invalid',
  PUBLISHED_SUM_MISMATCH: 'invalid',
  PUBLISHED_CODE_DUPLICATE: 'invalid',
  PUBLISHED_DIMENSIONS_MISSING: 'invalid',
});

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CODES;

export interface DomainErrorDetails {
  /**
   * Path of the offending input field: `[code]` keys a criterion by its code, `[#n]` and `[n]` are
   * positions, e.g. `criteria[1.2].method.bands[0].points`, `selfScores[1.1].points`, `criteria[#3].code`.
   */
  readonly field: string;
  /** The offending value as received (kept raw so the message can quote it). */
  readonly value?: unknown;
  /** Criterion code the problem belongs to, when there is one. */
  readonly criterion?: string;
}

/** A broken business rule: a string-literal `code`, the field and value at fault, and a readable message. */
export class DomainError extends Error {
  readonly field: string;
  readonly value: unknown;
  readonly criterion: string | undefined;
  readonly category: ErrorCategory;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    details: DomainErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
    this.category = DOMAIN_ERROR_CODES[code];
    this.field = details.field;
    this.value = details.value;
    this.criterion = details.criterion;
  }

  /** The same problem reported against a criterion, so the message says where it happened. */
  inCriterion(criterion: string): DomainError {
    return new DomainError(this.code, `Criterion ${criterion}: ${this.message}`, { field: this.field, value: this.value, criterion });
  }

  /** The same problem with its field placed under `path`, e.g. `method.step` → `criteria[1.2].method.step`. */
  under(path: string): DomainError {
    return new DomainError(this.code, this.message, { field: `${path}.${this.field}`, value: this.value, criterion: this.criterion });
  }

  toJSON(): { code: DomainErrorCode; message: string; field: string; value?: unknown; criterion?: string } {
    return { code: this.code, message: this.message, field: this.field, value: this.value, criterion: this.criterion };
  }
}

/** Quotes a received value for a message: strings in quotes, everything else as JSON would show it. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
