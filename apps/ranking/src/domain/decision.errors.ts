/** Why a publication command was refused; `code` maps to a status through errorCategory (libs/contracts). */
export type DecisionErrorCode =
  | 'ROLE_NOT_ALLOWED'
  | 'FIELD_REQUIRED'
  | 'DATE_INVALID'
  | 'DECISION_ALREADY_PUBLISHED'
  | 'DECISION_NOT_FOUND'
  | 'CYCLE_NOT_FOUND'
  | 'CRITERIA_SET_PENDING';

export class RankingError extends Error {
  constructor(
    readonly code: DecisionErrorCode,
    message: string,
    /** The command path at fault, e.g. `number`, `actor.role`. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'RankingError';
  }
}
