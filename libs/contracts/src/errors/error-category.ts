/**
 * How a rejected command is reported at the edges: every service error carries a string-literal
 * `code`; its category decides the gRPC status and the HTTP status (RFC 9457 problem+json) once, here,
 * so the gateway and every service agree.
 */
export type ErrorCategory = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'wrong-state';

const FORBIDDEN = new Set(['ROLE_NOT_ALLOWED', 'WRONG_UNIT', 'APPRAISER_OWN_UNIT', 'FORBIDDEN']);
const CONFLICT = new Set(['WRONG_EXPECTED_VERSION', 'CONCURRENT_CHANGE']);
const NOT_FOUND = new Set(['CYCLE_NOT_FOUND', 'APPRAISAL_NOT_FOUND', 'SELF_ASSESSMENT_NOT_FOUND', 'DECISION_NOT_FOUND']);
/** Codes that say "not now, in this state" rather than "this input is wrong". */
const WRONG_STATE = /(_LOCKED|_FINALIZED|_NOT_FINALIZED|_FROZEN|_NOT_OPEN|_CLOSED|_NOT_IN_SETUP|_ALREADY_[A-Z_]+|_NOT_SUBMITTED|_NOT_STARTED|_NOT_SENT|_WINDOW_CLOSED|_WINDOW_OPEN|_PENDING|DEADLINE_PASSED|ALREADY_EXISTS)$/;

export function errorCategory(code: string): ErrorCategory {
  if (FORBIDDEN.has(code)) return 'forbidden';
  if (CONFLICT.has(code)) return 'conflict';
  if (NOT_FOUND.has(code)) return 'not-found';
  if (WRONG_STATE.test(code)) return 'wrong-state';
  return 'invalid';
}

/** gRPC status codes (numeric, as @grpc/grpc-js's `status` enum), so contracts need no gRPC import. */
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
