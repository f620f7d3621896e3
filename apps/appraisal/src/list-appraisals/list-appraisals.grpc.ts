import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, requiredId } from '@par/grpc-server';
import { AppraisalRpc } from '../infrastructure/appraisal-rpc';
import { ListAppraisalsQuery } from './list-appraisals.query';

/** The cycle's appraisals, in the proto's shape. */
@GrpcController()
export class ListAppraisalsGrpc {
  constructor(private readonly queries: QueryBus) {}

  @AppraisalRpc('ListAppraisals')
  async list(request: RpcRequest<'appraisal', 'ListAppraisals'>): Promise<RpcReply<'appraisal', 'ListAppraisals'>> {
    const cycleId = requiredId(request.cycleId, 'cycleId');
    return { cycleId, appraisals: await this.queries.execute(new ListAppraisalsQuery(cycleId)) };
  }
}
