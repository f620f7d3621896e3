/**
 * An event that does not match its appraisal contract: unknown type, unsupported schema version or bad
 * data. Names the field so a dead-lettered message explains itself.
 */
export class InvalidAppraisalEventError extends Error {
  readonly code = 'INVALID_APPRAISAL_EVENT' as const;

  constructor(
    readonly eventType: string,
    /** Dotted path, e.g. `data.previousPoints`; `type` or `schemaVersion` for those. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Invalid appraisal event ${eventType}: ${field} ${problem}`);
    this.name = 'InvalidAppraisalEventError';
  }
}
