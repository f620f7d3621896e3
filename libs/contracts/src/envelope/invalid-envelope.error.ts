/** A message that is not a valid event envelope: names the offending field so a dead letter explains itself. */
export class InvalidEnvelopeError extends Error {
  readonly code = 'INVALID_ENVELOPE' as const;
  constructor(
    /** Dotted path of the field, e.g. `position.transactionId`; `(message)` for the whole value. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Invalid event envelope: ${field} ${problem}`);
    this.name = 'InvalidEnvelopeError';
  }
}
