import { QueryBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { GrpcController, requiredId } from '@par/grpc-server';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { GetCycleOverviewQuery } from './get-cycle-overview.query';

/** GetCycleOverview over gRPC, answered from the read model. */
@GrpcController()
export class GetCycleOverviewGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SubmissionsRpc('GetCycleOverview')
  getCycleOverview(request: RpcRequest<'submissions', 'GetCycleOverview'>) {
    return this.queries.execute(new GetCycleOverviewQuery(requiredId(request.cycleId, 'cycleId')));
  }
}
