import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { idProblem } from '@par/grpc-server';
import { ProblemError } from '../problems/problem';

/**
 * Every path parameter (cycleId, unitId, criterion…) names a record: one the services would refuse as an
 * id (blank, too long, a control character such as %00) is a malformed request target, 400 naming the
 * parameter, refused before any service call. Registered for the whole app (APP_PIPE).
 */
@Injectable()
export class PathParamsPipe implements PipeTransform {
  transform(value: unknown, { type, data }: ArgumentMetadata): unknown {
    if (type !== 'param') return value;
    // @Param('cycleId') hands over one value, @Param() all of the route's.
    const params: Record<string, unknown> = data ? { [data]: value } : (value as Record<string, unknown>);
    for (const [name, param] of Object.entries(params)) {
      const problem = idProblem(typeof param === 'string' ? param : '', name);
      if (problem) throw new ProblemError(400, 'PATH_PARAM_INVALID', problem, name);
    }
    return value;
  }
}
