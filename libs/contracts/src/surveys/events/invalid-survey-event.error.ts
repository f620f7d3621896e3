/**
 * An event that does not match its survey contract: unknown type, unsupported schema version or bad data.
 * Names the field so a dead-lettered message explains itself.
 */
export class InvalidSurveyEventError extends Error {
  readonly code = 'INVALID_SURVEY_EVENT' as const;

  constructor(
    readonly eventType: string,
    /** Dotted path, e.g. `data.units.0.satisfied`; `type` or `schemaVersion` for those. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Invalid survey event ${eventType}: ${field} ${problem}`);
    this.name = 'InvalidSurveyEventError';
  }
}
