import { DomainError, DomainErrorCode } from '@par/domain';

/**
 * Every rule the submissions deciders can reject, as string literals a gateway maps to a 4xx. Validation
 * problems found by libs/domain keep their own code (POINTS_TOO_MANY_DECIMALS, SCORE_OFF_STEP, …).
 */
export type SubmissionsErrorCode =
  // who may act
  | 'ROLE_NOT_ALLOWED'
  | 'WRONG_UNIT'
  // command input
  | 'FIELD_REQUIRED'
  | 'REASON_REQUIRED'
  | 'DATE_INVALID'
  | 'CYCLE_YEAR_INVALID'
  | 'EXPLANATION_WINDOW_INVALID'
  | 'VALIDITY_INVALID'
  // the cycle's life
  | 'CYCLE_NOT_FOUND'
  | 'CYCLE_ALREADY_EXISTS'
  | 'CYCLE_NOT_IN_SETUP'
  | 'CYCLE_NOT_OPEN'
  | 'CYCLE_CLOSED'
  | 'CYCLE_HAS_NO_GROUPS'
  // the cycle's structure
  | 'GROUP_UNKNOWN'
  | 'CRITERIA_SET_UNKNOWN'
  | 'CRITERIA_SET_EMPTY'
  | 'CRITERIA_SET_FROZEN'
  | 'UNIT_UNKNOWN'
  | 'UNIT_ALREADY_REGISTERED'
  | 'UNIT_PARENT_UNKNOWN'
  // a leaf for a unit (CRITERION_UNKNOWN comes from the domain's catalogue)
  | 'CRITERION_NOT_APPLICABLE'
  | 'CRITERION_SCORED_BY_SURVEY'
  // the self-assessment
  | 'EVIDENCE_OR_NOTE_REQUIRED'
  | 'SELF_ASSESSMENT_LOCKED'
  | 'SELF_ASSESSMENT_NOT_SUBMITTED'
  | 'DEADLINE_PASSED'
  | DomainErrorCode;

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

  constructor(
    readonly code: SubmissionsErrorCode,
    message: string,
    details: SubmissionsErrorDetails,
    problems?: readonly SubmissionsProblem[],
  ) {
    super(message);
    this.name = 'SubmissionsError';
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
