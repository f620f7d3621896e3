import { DOMAIN_ERROR_CODES, defineErrorCodes, DomainError, type ErrorCategory } from '@par/domain';

/**
 * Every rule the submissions service can refuse on, with its category (how the edges report it: see
 * @par/contracts). Validation problems found by libs/domain keep their own code (POINTS_TOO_MANY_DECIMALS,
 * SCORE_OFF_STEP, …) and category.
 */
export const SUBMISSIONS_ERROR_CODES = defineErrorCodes({
  ...DOMAIN_ERROR_CODES,
  // who may act
  ROLE_NOT_ALLOWED: 'forbidden',
  WRONG_UNIT: 'forbidden',
  // command input
  FIELD_REQUIRED: 'invalid',
  REASON_REQUIRED: 'invalid',
  DATE_INVALID: 'invalid',
  CYCLE_YEAR_INVALID: 'invalid',
  EXPLANATION_WINDOW_INVALID: 'invalid',
  VALIDITY_INVALID: 'invalid',
  // the cycle's life
  CYCLE_NOT_FOUND: 'not-found',
  CYCLE_ALREADY_EXISTS: 'wrong-state',
  CYCLE_NOT_IN_SETUP: 'wrong-state',
  CYCLE_NOT_OPEN: 'wrong-state',
  CYCLE_CLOSED: 'wrong-state',
  CYCLE_HAS_NO_GROUPS: 'invalid',
  // the cycle's structure
  GROUP_UNKNOWN: 'invalid',
  CRITERIA_SET_UNKNOWN: 'invalid',
  CRITERIA_SET_EMPTY: 'invalid',
  CRITERIA_SET_FROZEN: 'wrong-state',
  UNIT_UNKNOWN: 'invalid',
  UNIT_ALREADY_REGISTERED: 'wrong-state',
  UNIT_PARENT_UNKNOWN: 'invalid',
  // a leaf for a unit (CRITERION_UNKNOWN comes from the domain's catalogue)
  CRITERION_NOT_APPLICABLE: 'invalid',
  CRITERION_SCORED_BY_SURVEY: 'invalid',
  // the self-assessment
  EVIDENCE_OR_NOTE_REQUIRED: 'invalid',
  SELF_ASSESSMENT_LOCKED: 'wrong-state',
  SELF_ASSESSMENT_NOT_SUBMITTED: 'wrong-state',
  DEADLINE_PASSED: 'wrong-state',
});

export type SubmissionsErrorCode = keyof typeof SUBMISSIONS_ERROR_CODES;

export interface SubmissionsErrorDetails {
  /** Path of the offending command field, e.g. `scores[1.1].points`, `criteria[1.2].maxPoints`, `unitId`. */
  readonly field: string;
  readonly value?: unknown;
  readonly criterion?: string;
}

export interface SubmissionsProblem {
  readonly code: SubmissionsErrorCode;
  readonly field: string;
  readonly message: string;
}

/**
 * A refused command: the first problem's code, field and message, plus every problem found when a whole
 * input was checked at once (a criteria set, thresholds), so it can be fixed in one pass.
 */
export class SubmissionsError extends Error {
  readonly field: string;
  readonly value: unknown;
  readonly criterion: string | undefined;
  readonly problems: readonly SubmissionsProblem[];
  readonly category: ErrorCategory;

  constructor(
    readonly code: SubmissionsErrorCode,
    message: string,
    details: SubmissionsErrorDetails,
    problems?: readonly SubmissionsProblem[],
  ) {
    super(message);
    this.name = 'SubmissionsError';
    this.category = SUBMISSIONS_ERROR_CODES[code];
    this.field = details.field;
    this.value = details.value;
    this.criterion = details.criterion;
    this.problems = problems ?? [{ code, field: details.field, message }];
  }

  /** Domain validation problems, code and field unchanged (the field placed `under` a command path when given). */
  static fromDomain(errors: DomainError | readonly DomainError[], under?: string): SubmissionsError {
    const placed = (Array.isArray(errors) ? errors : [errors]).map((error: DomainError) => (under ? error.under(under) : error));
    const [first] = placed;
    const problems = placed.map(({ code, field, message }) => ({ code, field, message }));
    return new SubmissionsError(first.code, first.message, { field: first.field, value: first.value, criterion: first.criterion }, problems);
  }

  toJSON(): { code: SubmissionsErrorCode; message: string; field: string; problems: readonly SubmissionsProblem[] } {
    return { code: this.code, message: this.message, field: this.field, problems: this.problems };
  }
}
