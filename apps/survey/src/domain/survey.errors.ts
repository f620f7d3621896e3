import { defineErrorCodes, type ErrorCategory } from '@par/contracts';

/**
 * Every rule the survey service can refuse on, each with the category that says how the edges report it
 * (gRPC status, HTTP status).
 */
export const SURVEY_ERROR_CODES = defineErrorCodes({
  // who may act
  ROLE_NOT_ALLOWED: 'forbidden',
  // the campaign file and what it refers to
  CAMPAIGN_FILE_INVALID: 'invalid',
  CYCLE_UNKNOWN: 'invalid',
  GROUP_UNKNOWN: 'invalid',
  CRITERION_NOT_SURVEY_HELD: 'invalid',
  CRITERION_METHOD_INCOMPATIBLE: 'invalid',
  CAMPAIGN_EXISTS: 'wrong-state',
  CAMPAIGN_NOT_FOUND: 'not-found',
  CAMPAIGN_RECORDED: 'wrong-state',
  // responses
  RESPONSES_FILE_REFUSED: 'invalid',
  BATCH_INVALID: 'invalid',
  // applying points
  NO_RESPONSES: 'wrong-state',
  BATCH_UNKNOWN: 'invalid',
  CRITERION_NOT_SCORED: 'invalid',
  POINTS_DUPLICATE: 'invalid',
});

export type SurveyErrorCode = keyof typeof SURVEY_ERROR_CODES;

/** A refused survey command: a string-literal code, the field at fault, and a readable message (values cut short). */
export class SurveyError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: SurveyErrorCode,
    message: string,
    /** Path of the offending input, e.g. `scoring[criterion=3.5,group=departments].criterion`, `actor.role`, `file`. */
    readonly field: string,
    /** Further problems of the same input (a campaign file's list), each already bounded. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'SurveyError';
    this.category = SURVEY_ERROR_CODES[code];
  }

  toJSON(): { code: SurveyErrorCode; message: string; field: string; details?: readonly string[] } {
    return { code: this.code, message: this.message, field: this.field, ...(this.details.length > 0 ? { details: this.details } : {}) };
  }
}
