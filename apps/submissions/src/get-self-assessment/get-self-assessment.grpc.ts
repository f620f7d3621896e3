import { QueryBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { GrpcController, requiredId } from '@par/grpc-server';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { GetSelfAssessmentQuery } from './get-self-assessment.query';

/** GetSelfAssessment over gRPC, answered from the read model; an unscored leaf leaves its points unset. */
@GrpcController()
export class GetSelfAssessmentGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SubmissionsRpc('GetSelfAssessment')
  getSelfAssessment(request: RpcRequest<'submissions', 'GetSelfAssessment'>) {
    return this.queries.execute(new GetSelfAssessmentQuery(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId')));
  }
}
