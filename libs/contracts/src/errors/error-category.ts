import type { ErrorCategory } from '@par/domain';

export { ERROR_CATEGORIES, defineErrorCodes, isErrorCategory } from '@par/domain';
export type { ErrorCategory } from '@par/domain';

/**
 * How a refusal is reported at the edges: every service error carries a string-literal `code` and the
 * `category` its catalogue declares for it; the category decides the gRPC status and the HTTP status
 * (RFC 9457 problem+json) once, here, so the gateway and every service agree. gRPC status codes are
 * numeric, as @grpc/grpc-js's `status` enum, so contracts need no gRPC import.
 */
export const GRPC_STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  invalid: 3, // INVALID_ARGUMENT
  forbidden: 7, // PERMISSION_DENIED
  'not-found': 5, // NOT_FOUND
  conflict: 10, // ABORTED: retry after reloading
  'wrong-state': 9, // FAILED_PRECONDITION
};

export const HTTP_STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  invalid: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'wrong-state': 409,
};

/** The category a gRPC status stands for, when it stands for a refusal (the inverse of GRPC_STATUS_BY_CATEGORY). */
export function categoryOfGrpcStatus(status: number): ErrorCategory | undefined {
  const found = Object.entries(GRPC_STATUS_BY_CATEGORY).find(([, code]) => code === status);
  return found?.[0] as ErrorCategory | undefined;
}
