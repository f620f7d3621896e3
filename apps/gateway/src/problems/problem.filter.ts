import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Problem, PROBLEM_CONTENT_TYPE, ProblemError, titleOf, typeOf } from './problem';
import { httpStatusOf, UpstreamError, upstreamItems } from './upstream-problem';

/**
 * Every error of the HTTP API leaves as RFC 9457 problem+json: the gateway's own refusals (auth,
 * validation), the services' refusals (gRPC status → HTTP status by the code's category), Nest's and
 * Express's (unknown route, malformed JSON) and, hidden behind a 500, anything unexpected.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem: Problem = { ...this.problemOf(error), instance: request.originalUrl ?? request.url };
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private problemOf(error: unknown): Problem {
    if (error instanceof ProblemError) return build(error.status, error.code, error.message, error.field, error.errors);
    if (error instanceof UpstreamError) return this.upstream(error);
    const parseFailure = bodyParserFailure(error);
    if (parseFailure) return parseFailure;
    if (error instanceof HttpException) return this.nest(error);
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return build(500, 'INTERNAL', 'Internal error');
  }

  private upstream(error: UpstreamError): Problem {
    const status = httpStatusOf(error.rpc);
    if (status >= 500) {
      // The detail (a host name, a service's own words) is for the log only: the client learns which kind of failure.
      this.logger.error(
        `service call failed (correlation id ${error.correlationId}): gRPC status ${error.rpc.grpcStatus} ${error.rpc.code}: ${error.rpc.message}`,
      );
      return build(status, status === 500 ? 'UPSTREAM_FAILED' : 'UPSTREAM_UNAVAILABLE', 'A service behind the API failed; try again later');
    }
    return build(status, error.rpc.code, error.rpc.message, error.fieldName(error.rpc.field), upstreamItems(error));
  }

  private nest(error: HttpException): Problem {
    const status = error.getStatus();
    if (status === 404) return build(404, 'ROUTE_NOT_FOUND', error.message);
    if (status >= 500) this.logger.error(error.stack ?? error.message);
    return build(status, status >= 500 ? 'INTERNAL' : `HTTP_${status}`, status >= 500 ? 'Internal error' : error.message);
  }
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
