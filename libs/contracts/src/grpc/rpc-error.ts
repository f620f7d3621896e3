import { categoryOfGrpcStatus, ErrorCategory, GRPC_STATUS_BY_CATEGORY, isErrorCategory } from '../errors/error-category';

/**
 * How a refused command crosses gRPC. The status code comes from the error's declared category; the status
 * details (and message) is this JSON body, so a client (the gateway, a test) can name the code and the
 * field without parsing prose. Framework-free: a Nest filter returns `toRpcError(error)` as its error.
 */
export interface RpcErrorBody {
  code: string;
  /** The offending request field, e.g. `scores[1.1].points`; '' when the refusal is not about one field. */
  field: string;
  message: string;
  /** Every problem, when a whole input was checked at once (a criteria set); absent for a single one. */
  problems?: readonly { code: string; field: string; message: string }[];
}

/** What grpc-js servers send for an error object: `code` is the status, `details` the status message. */
export interface GrpcStatusError {
  code: number;
  details: string;
  message: string;
}

export interface ParsedRpcError extends RpcErrorBody {
  /** The category of `code`; 'internal' when the status carried no body or not its code's status (an unexpected failure). */
  category: ErrorCategory | 'internal';
  /** The gRPC status code received. */
  grpcStatus: number;
}

const GRPC_INTERNAL = 13;

/**
 * A thrown error as a gRPC status: service errors (SubmissionsError, AppraisalError, DomainError, a
 * request error…) and WrongExpectedVersionError (code WRONG_EXPECTED_VERSION → ABORTED) keep their code
 * and field; anything else is an INTERNAL status that hides its message (log it before calling this).
 */
export function toRpcError(error: unknown): GrpcStatusError {
  const body = isServiceError(error) ? bodyOf(error) : { code: 'INTERNAL', field: '', message: 'Internal error' };
  const status = isServiceError(error) ? GRPC_STATUS_BY_CATEGORY[error.category] : GRPC_INTERNAL;
  const details = JSON.stringify(body);
  return { code: status, details, message: details };
}

/**
 * For clients: the body a status error carries. A status without one (a deadline, a server that
 * crashed) is reported with its gRPC status as the code, so a caller always gets the same shape.
 */
export function parseRpcError(error: { code?: number; details?: string; message?: string }): ParsedRpcError {
  const grpcStatus = typeof error.code === 'number' ? error.code : GRPC_INTERNAL;
  const body = readBody(error.details);
  if (!body) return { code: `GRPC_STATUS_${grpcStatus}`, field: '', message: error.details || error.message || '', category: 'internal', grpcStatus };
  // Only a refusal status carries a category; INTERNAL (code "INTERNAL"), UNAVAILABLE or a deadline is not the caller's fault.
  return { ...body, category: categoryOfGrpcStatus(grpcStatus) ?? 'internal', grpcStatus };
}

/**
 * True for errors that say what was wrong with the request: a string-literal code like SCORE_OFF_STEP and
 * the category its catalogue declares. SQLSTATEs ('23505'), Node system errors ('ECONNRESET', EAI_AGAIN)
 * and anything without a declared category are failures of ours, not refusals: their messages (host
 * names, SQL) must not reach a client.
 */
export function isServiceError(error: unknown): error is Error & { code: string; category: ErrorCategory; field?: unknown; problems?: unknown } {
  if (!(error instanceof Error)) return false;
  const { code, category } = error as { code?: unknown; category?: unknown };
  return typeof code === 'string' && SERVICE_CODE.test(code) && isErrorCategory(category);
}

const SERVICE_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

function bodyOf(error: Error & { code: string; field?: unknown; problems?: unknown }): RpcErrorBody {
  const body: RpcErrorBody = { code: error.code, field: typeof error.field === 'string' ? error.field : '', message: error.message };
  const problems = Array.isArray(error.problems) ? error.problems : [];
  return problems.length > 1 ? { ...body, problems: problems.map(({ code, field, message }) => ({ code, field, message })) } : body;
}

function readBody(details: string | undefined): RpcErrorBody | undefined {
  try {
    const body = JSON.parse(details ?? '');
    return typeof body?.code === 'string' && typeof body?.message === 'string'
      ? { ...body, field: typeof body.field === 'string' ? body.field : '' }
      : undefined;
  } catch {
    return undefined;
  }
}
