import { QueryBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { GetProgressQuery } from './get-progress.query';

/** GetProgress over gRPC, answered from the read model. */
@GrpcController()
export class GetProgressGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SubmissionsRpc('GetProgress')
  getProgress(request: RpcRequest<'submissions', 'GetProgress'>) {
    const query = new GetProgressQuery(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId'), optionalText(request.expectedSurveyRatio));
    return this.queries.execute(query);
  }
}
