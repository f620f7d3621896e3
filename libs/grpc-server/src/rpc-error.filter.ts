import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { isServiceError, toRpcError } from '@par/contracts';
import { Observable, throwError } from 'rxjs';

/**
 * Every error a gRPC handler throws leaves as a status with {code, field, message} in its details
 * (libs/contracts toRpcError). Refusals are expected and not logged; anything else is a bug: logged
 * here, hidden from the client as INTERNAL.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('grpc');

  catch(error: unknown, _host: ArgumentsHost): Observable<never> {
    if (!isServiceError(error)) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return throwError(() => toRpcError(error));
  }
}
