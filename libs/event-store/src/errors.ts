/** Thrown when an append's expected version does not match the stream's: nothing was written. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION' as const;
  /** A lost race, not bad input: reload and retry (HTTP 409). */
  readonly category = 'conflict' as const;
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | 'any',
    readonly actualVersion: number,
  ) {
    super(`Stream "${streamId}" is at version ${actualVersion}, expected ${expectedVersion}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/**
 * Thrown before anything is written when an event holds something the log could not give back unchanged
 * (a NUL character, a lone surrogate, NaN, a function, a Map…): its hash would then never verify again.
 */
export class UnstorableEventError extends Error {
  readonly code = 'UNSTORABLE_EVENT' as const;
  /** The input held it (a NUL in a note, say): the caller's to fix. */
  readonly category = 'invalid' as const;
  constructor(
    /** Where in the event, e.g. `events[0].data.scores[2].note`. */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot store ${path}: ${reason}`);
    this.name = 'UnstorableEventError';
  }
}
