/**
 * Every rule the domain can reject, as string literals a gateway maps to a 4xx.
 * Grouped by the concept that raises them; the catalogue lives in one place so a caller can switch on it.
 */
export type DomainErrorCode =
  // points
  | 'POINTS_MALFORMED'
  | 'POINTS_TOO_MANY_DECIMALS'
  | 'POINTS_TOO_LARGE'
  | 'POINTS_NEGATIVE'
  | 'POINTS_FACTOR_NOT_INTEGER'
  // a proposed leaf score
  | 'SCORE_ABOVE_MAX'
  | 'SCORE_BELOW_ZERO'
  | 'SCORE_OFF_STEP'
  | 'SCORE_NOT_A_BAND'
  | 'SCORE_NOT_ALL_OR_NOTHING'
  | 'SCORE_NOT_REACHABLE_BY_DEDUCTION'
  // scoring inputs measured outside the unit
  | 'RATIO_MALFORMED'
  | 'RATIO_OUT_OF_RANGE'
  | 'OCCURRENCES_INVALID'
  // the criteria tree
  | 'CRITERION_CODE_MALFORMED'
  | 'CRITERION_CODE_DUPLICATE'
  | 'CRITERION_CODE_NOT_UNDER_PARENT'
  | 'CRITERION_TITLE_MISSING'
  | 'LEAF_MAX_POINTS_MISSING'
  | 'LEAF_MAX_POINTS_NOT_POSITIVE'
  | 'LEAF_METHOD_MISSING'
  | 'LEAF_SOURCE_INVALID'
  | 'BRANCH_CARRIES_SCORING'
  | 'BRANCH_MAX_POINTS_MISMATCH'
  // scoring method parameters
  | 'METHOD_KIND_UNKNOWN'
  | 'METHOD_STEP_NOT_POSITIVE'
  | 'METHOD_MAX_OFF_STEP'
  | 'METHOD_BANDS_EMPTY'
  | 'METHOD_BAND_RATIO_INVALID'
  | 'METHOD_BANDS_NOT_SORTED'
  | 'METHOD_BAND_POINTS_ABOVE_MAX'
  | 'METHOD_BANDS_POINTS_NOT_DESCENDING'
  | 'METHOD_DEDUCTION_NOT_POSITIVE'
  | 'METHOD_DEDUCTION_CAP_NOT_POSITIVE'
  | 'METHOD_DEDUCTION_CAP_ABOVE_MAX'
  // a unit's score sheet
  | 'CRITERION_UNKNOWN'
  | 'SCORE_DUPLICATE'
  // classification thresholds
  | 'THRESHOLDS_EMPTY'
  | 'THRESHOLD_CLASS_MISSING'
  | 'THRESHOLD_CLASS_DUPLICATE'
  | 'THRESHOLD_MIN_INDEX_INVALID'
  | 'THRESHOLD_MIN_INDEX_DUPLICATE'
  // ranking
  | 'UNIT_DUPLICATE';

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

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    details: DomainErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
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
