import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Problem, PROBLEM_CONTENT_TYPE } from './problem';
import { problemOf } from './problem-of';

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
    const problem: Problem = { ...problemOf(error, this.logger), instance: request.originalUrl ?? request.url };
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
