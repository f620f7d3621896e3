import { HttpException, Logger } from '@nestjs/common';
import { Problem, ProblemError, titleOf, typeOf } from './problem';
import { httpStatusOf, UpstreamError, upstreamItems } from './upstream-problem';

/**
 * Any error as the problem it is answered with (without its `instance`): the gateway's own refusals, the
 * services' (gRPC status → HTTP status by the code's category), Nest's and Express's, and, hidden behind a
 * 500 and logged, anything unexpected. The ProblemFilter answers it; a background job (a survey import) keeps it.
 */
export function problemOf(error: unknown, logger: Logger): Problem {
  if (error instanceof ProblemError) return build(error.status, error.code, error.message, error.field, error.errors);
  if (error instanceof UpstreamError) return upstream(error, logger);
  const parseFailure = bodyParserFailure(error);
  if (parseFailure) return parseFailure;
  if (error instanceof HttpException) return nest(error, logger);
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return build(500, 'INTERNAL', 'Internal error');
}

function upstream(error: UpstreamError, logger: Logger): Problem {
  const status = httpStatusOf(error.rpc);
  if (status >= 500) {
    // The detail (a host name, a service's own words) is for the log only: the client learns which kind of failure.
    logger.error(`service call failed (correlation id ${error.correlationId}): gRPC status ${error.rpc.grpcStatus} ${error.rpc.code}: ${error.rpc.message}`);
    return build(status, status === 500 ? 'UPSTREAM_FAILED' : 'UPSTREAM_UNAVAILABLE', 'A service behind the API failed; try again later');
  }
  return build(status, error.rpc.code, error.rpc.message, error.fieldName(error.rpc.field), upstreamItems(error));
}

function nest(error: HttpException, logger: Logger): Problem {
  const status = error.getStatus();
  if (status === 404) return build(404, 'ROUTE_NOT_FOUND', error.message);
  if (status >= 500) logger.error(error.stack ?? error.message);
  return build(status, status >= 500 ? 'INTERNAL' : `HTTP_${status}`, status >= 500 ? 'Internal error' : error.message);
}

function build(status: number, code: string, detail: string, field = '', errors?: Problem['errors']): Problem {
  return { type: typeOf(code), title: titleOf(status), status, detail, code, field, ...(errors && errors.length > 1 ? { errors } : {}) };
}

/**
 * body-parser's errors (before any route runs): JSON that does not parse, a body over the limit. Nest's
 * Express adapter hands them over wrapped in an HttpException, the original as its `cause`.
 */
function bodyParserFailure(wrapped: unknown): Problem | undefined {
  const error = wrapped instanceof HttpException && wrapped.cause ? wrapped.cause : wrapped;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return build(400, 'MALFORMED_JSON', `The request body is not valid JSON: ${(error as Error).message}`, 'body');
  if (type === 'entity.too.large') return build(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large', 'body');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return build(415, 'UNSUPPORTED_ENCODING', (error as Error).message, 'body');
  return undefined;
}
