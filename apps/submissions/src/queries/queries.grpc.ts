import { Controller, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { optional, requiredId } from '../api/grpc-request';
import { RpcErrorFilter } from '@par/grpc-server';
import { GetCycleOverview } from './get-cycle-overview.query';
import { GetProgress } from './get-progress.query';
import { GetSelfAssessment } from './get-self-assessment.query';

/** The query RPCs of par.submissions.v1.Submissions, answered from the read model. */
@Controller()
@UseFilters(RpcErrorFilter)
export class QueriesGrpc {
  constructor(private readonly queries: QueryBus) {}

  @GrpcMethod('Submissions', 'GetCycleOverview')
  cycleOverview(request: { cycleId?: string }) {
    return this.queries.execute(new GetCycleOverview(requiredId(request.cycleId, 'cycleId')));
  }

  @GrpcMethod('Submissions', 'GetSelfAssessment')
  selfAssessment(request: { cycleId?: string; unitId?: string }) {
    return this.queries.execute(new GetSelfAssessment(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId')));
  }

  @GrpcMethod('Submissions', 'GetProgress')
  progress(request: { cycleId?: string; unitId?: string; expectedSurveyRatio?: string }) {
    return this.queries.execute(
      new GetProgress(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId'), optional(request.expectedSurveyRatio)),
    );
  }
}
