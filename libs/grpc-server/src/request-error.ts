/** A gRPC request that cannot even form a command (no actor, an unknown role): the client's fault. */
export class RequestError extends Error {
  constructor(
    readonly code: 'ACTOR_INVALID' | 'REQUEST_INVALID',
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
