/**
 * An event that does not match its submissions contract: unknown type, unsupported schema version or bad
 * data. Names the field so a dead-lettered message explains itself.
 */
export class InvalidSubmissionsEventError extends Error {
  readonly code = 'INVALID_SUBMISSIONS_EVENT' as const;

  constructor(
    readonly eventType: string,
    /** Dotted path, e.g. `data.scores.0.points`; `type` or `schemaVersion` for those. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Invalid submissions event ${eventType}: ${field} ${problem}`);
    this.name = 'InvalidSubmissionsEventError';
  }
}
