import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, titleOf, typeOf } from '../problems/problem';
import { ImportRefusedError } from './cycle-transfer.port';
import { boundedProblems, placeOf } from './transfer.views';

const CODE = 'IMPORT_REFUSED';

/**
 * A refused file as problem+json (422), like every other refusal, plus the member the generic problem
 * lacks: `problems`, each one where it is (sheet, row, column, or field, unit, criterion). Scoped to the
 * transfer routes; everything else still goes to the global ProblemFilter.
 */
@Catch(ImportRefusedError)
export class ImportRefusedFilter implements ExceptionFilter {
  catch(error: ImportRefusedError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const { problems, problemsOmitted } = boundedProblems(error.problems);
    const [first] = problems;
    const count = error.problems.length;
    const detail = first
      ? `The file was refused and nothing was imported: ${count} problem${count === 1 ? '' : 's'}; first, ${placeOf(first) || 'the file'}: ${first.message}`
      : 'The file was refused and nothing was imported';
    const body = {
      type: typeOf(CODE),
      title: titleOf(422),
      status: 422,
      detail,
      code: CODE,
      field: 'file',
      instance: request.originalUrl ?? request.url,
      problems,
      ...(problemsOmitted ? { problemsOmitted } : {}),
    };
    http.getResponse<Response>().status(422).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
