import type { DomainError } from '@par/domain';

/** Every rule the appraisal can refuse on, as string literals a gateway maps to a 4xx. */
export type AppraisalErrorCode =
  // who may act
  | 'ROLE_NOT_ALLOWED'
  | 'APPRAISER_OWN_UNIT'
  | 'WRONG_UNIT'
  | 'WRONG_CYCLE'
  // where the appraisal stands
  | 'APPRAISAL_NOT_STARTED'
  | 'RESULT_ALREADY_SENT'
  | 'RESULT_NOT_SENT'
  | 'APPRAISAL_FINALIZED'
  | 'APPRAISAL_NOT_FINALIZED'
  // criteria and values
  | 'CRITERION_UNKNOWN'
  | 'CRITERION_NOT_APPLICABLE'
  | 'SCORE_DUPLICATE'
  | 'VALUE_REQUIRED'
  | 'VALUE_CONFLICT'
  | 'REASON_REQUIRED'
  | 'POINTS_NOT_POSITIVE'
  | 'ADJUSTMENT_NOT_FOUND'
  // the result and the unit's explanations
  | 'WINDOW_DAYS_INVALID'
  | 'INSTANT_INVALID'
  | 'EXPLANATION_WINDOW_CLOSED'
  | 'EXPLANATION_WINDOW_OPEN'
  | 'CRITERION_NOT_ADJUSTED'
  | 'EXPLANATION_TEXT_REQUIRED'
  | 'EVIDENCE_INVALID'
  | 'EXPLANATION_ALREADY_FILED'
  | 'EXPLANATION_NOT_FOUND'
  | 'EXPLANATION_ALREADY_RESOLVED'
  // the council
  | 'DECISION_INVALID'
  | 'POINTS_REQUIRED'
  | 'POINTS_NOT_EXPECTED'
  | 'POINTS_UNCHANGED'
  | 'VOTES_INVALID'
  | 'NO_MAJORITY'
  | 'EXPLANATIONS_PENDING';

/** A refused appraisal command: a string-literal code, the command field at fault, and a readable message. */
export class AppraisalError extends Error {
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
