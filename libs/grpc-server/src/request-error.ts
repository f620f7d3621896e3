import { defineErrorCodes, ErrorCategory } from '@par/contracts';

/** Requests that cannot even form a command: the client's fault. */
export const REQUEST_ERROR_CODES = defineErrorCodes({
  ACTOR_INVALID: 'invalid',
  REQUEST_INVALID: 'invalid',
});

export type RequestErrorCode = keyof typeof REQUEST_ERROR_CODES;

/** A gRPC request that cannot even form a command (no actor, an unknown role, a missing id). */
export class RequestError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'RequestError';
    this.category = REQUEST_ERROR_CODES[code];
  }
}
