import { defineErrorCodes, type ErrorCategory } from '@par/contracts';

/** Every refusal of the ranking service, with the category that decides its gRPC and HTTP status. */
export const RANKING_ERROR_CODES = defineErrorCodes({
  ROLE_NOT_ALLOWED: 'forbidden',
  FIELD_REQUIRED: 'invalid',
  DATE_INVALID: 'invalid',
  DECISION_ALREADY_PUBLISHED: 'wrong-state',
  DECISION_NOT_FOUND: 'not-found',
  CYCLE_NOT_FOUND: 'not-found',
  // The cycle is known but its criteria set has not arrived yet: ask again shortly.
  CRITERIA_SET_PENDING: 'wrong-state',
});

export type RankingErrorCode = keyof typeof RANKING_ERROR_CODES;

export class RankingError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: RankingErrorCode,
    message: string,
    /** The command or query path at fault, e.g. `number`, `actor.role`. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'RankingError';
    this.category = RANKING_ERROR_CODES[code];
  }
}
