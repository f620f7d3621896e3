import { HTTP_STATUS_BY_CATEGORY, ParsedRpcError } from '@par/contracts';
import type { ProblemItem } from './problem';

/** A service refused the call or could not be reached: the status it ended with, parsed (parseRpcError). */
export class UpstreamError extends Error {
  constructor(
    readonly rpc: ParsedRpcError,
    /** The request's correlation id, so that the gateway's log line meets the service's. */
    readonly correlationId: string,
    /** The request's fields as the client wrote them, from the service's names (e.g. scores[1.1].points → points). */
    readonly fieldName: (serviceField: string) => string = (field) => field,
  ) {
    super(rpc.message);
    this.name = 'UpstreamError';
  }
}

/** gRPC statuses that say the service is not there or not in time: try again later. */
const HTTP_STATUS_BY_GRPC_FAILURE: Record<number, number> = {
  4: 504, // DEADLINE_EXCEEDED
  14: 503, // UNAVAILABLE: connection refused, a name that does not resolve, a server going down
};

/**
 * The HTTP status of a service's answer. A refusal's status comes from its code's category (one table,
 * libs/contracts); anything parseRpcError files as 'internal' is a failure, never the client's fault:
 * 503 or 504 when the service could not be reached in time, else 500 (INTERNAL: the service hid the
 * cause, a database error or a bug, and logged it).
 */
export function httpStatusOf(rpc: ParsedRpcError): number {
  if (rpc.category !== 'internal') return HTTP_STATUS_BY_CATEGORY[rpc.category];
  return HTTP_STATUS_BY_GRPC_FAILURE[rpc.grpcStatus] ?? 500;
}

export function upstreamItems(error: UpstreamError): ProblemItem[] | undefined {
  const problems = error.rpc.problems;
  if (!problems || problems.length < 2) return undefined;
  return problems.map(({ code, field, message }) => ({ code, field: error.fieldName(field), detail: message }));
}
