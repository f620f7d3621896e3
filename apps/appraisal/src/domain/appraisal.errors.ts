import { defineErrorCodes, type ErrorCategory } from '@par/contracts';
import type { DomainError } from '@par/domain';

/**
 * Every rule the appraisal can refuse on, as string literals, each with the category that says how the
 * edges report it (gRPC status, HTTP status).
 */
export const APPRAISAL_ERROR_CODES = defineErrorCodes({
  // who may act
  ROLE_NOT_ALLOWED: 'forbidden',
  APPRAISER_OWN_UNIT: 'forbidden',
  WRONG_UNIT: 'forbidden',
  WRONG_CYCLE: 'invalid',
  // where the appraisal stands
  APPRAISAL_NOT_FOUND: 'not-found',
  APPRAISAL_NOT_STARTED: 'wrong-state',
  RESULT_ALREADY_SENT: 'wrong-state',
  RESULT_NOT_SENT: 'wrong-state',
  APPRAISAL_FINALIZED: 'wrong-state',
  APPRAISAL_NOT_FINALIZED: 'wrong-state',
  // criteria and values
  CRITERION_UNKNOWN: 'invalid',
  CRITERION_NOT_APPLICABLE: 'invalid',
  SCORE_DUPLICATE: 'invalid',
  VALUE_REQUIRED: 'invalid',
  VALUE_CONFLICT: 'invalid',
  REASON_REQUIRED: 'invalid',
  POINTS_NOT_POSITIVE: 'invalid',
  ADJUSTMENT_NOT_FOUND: 'invalid',
  // the result and the unit's explanations
  WINDOW_DAYS_INVALID: 'invalid',
  INSTANT_INVALID: 'invalid',
  EXPLANATION_WINDOW_CLOSED: 'wrong-state',
  EXPLANATION_WINDOW_OPEN: 'wrong-state',
  CRITERION_NOT_ADJUSTED: 'invalid',
  EXPLANATION_TEXT_REQUIRED: 'invalid',
  EVIDENCE_INVALID: 'invalid',
  EXPLANATION_ALREADY_FILED: 'wrong-state',
  EXPLANATION_NOT_FOUND: 'invalid',
  EXPLANATION_ALREADY_RESOLVED: 'wrong-state',
  // the council
  DECISION_INVALID: 'invalid',
  POINTS_REQUIRED: 'invalid',
  POINTS_NOT_EXPECTED: 'invalid',
  POINTS_UNCHANGED: 'invalid',
  VOTES_INVALID: 'invalid',
  NO_MAJORITY: 'invalid',
  EXPLANATIONS_PENDING: 'wrong-state',
});

export type AppraisalErrorCode = keyof typeof APPRAISAL_ERROR_CODES;

/** A refused appraisal command: a string-literal code, the command field at fault, and a readable message. */
export class AppraisalError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: AppraisalErrorCode,
    message: string,
    /** Path of the offending command field, e.g. `reason`, `votes.for`, `evidence[0].title`, `actor.role`. */
    readonly field: string,
    /** The criterion the problem belongs to, when there is one. */
    readonly criterion?: string,
  ) {
    super(message);
    this.name = 'AppraisalError';
    this.category = APPRAISAL_ERROR_CODES[code];
  }

  toJSON(): { code: AppraisalErrorCode; message: string; field: string; criterion?: string } {
    return { code: this.code, message: this.message, field: this.field, criterion: this.criterion };
  }
}

/**
 * What `decide` throws: its own AppraisalError, or libs/domain's DomainError passed through unchanged
 * when a value breaks a scoring rule (SCORE_ABOVE_MAX, SCORE_OFF_STEP, POINTS_TOO_MANY_DECIMALS …).
 */
export type AppraisalRejection = AppraisalError | DomainError;
