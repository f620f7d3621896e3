import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { decisionRevisionMessage } from './decision-revision-message';
import { GetPublishedDecisionsQuery } from './get-published-decisions.query';

/** GetPublishedDecisions of par.ranking.v1.Ranking: every revision, oldest first, each snapshot checked against its hash. */
@GrpcController()
export class GetPublishedDecisionsGrpc {
  constructor(private readonly queries: QueryBus) {}

  @RankingRpc('GetPublishedDecisions')
  async getPublishedDecisions(request: RpcRequest<'ranking', 'GetPublishedDecisions'>): Promise<RpcReply<'ranking', 'GetPublishedDecisions'>> {
    const revisions = await this.queries.execute(new GetPublishedDecisionsQuery(requiredId(request.cycleId, 'cycleId')));
    return { revisions: revisions.map(decisionRevisionMessage) };
  }
}
