import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { GetRevisedResultsQuery } from './get-results.query';
import { resultsMessage } from './results-message';

/** GetResults of par.ranking.v1.Ranking: the cycle's table, or one group's; "unchanged" for a copy still current. */
@GrpcController()
export class GetResultsGrpc {
  constructor(private readonly queries: QueryBus) {}

  @RankingRpc('GetResults')
  async getResults(request: RpcRequest<'ranking', 'GetResults'>): Promise<RpcReply<'ranking', 'GetResults'>> {
    const cycleId = requiredId(request.cycleId, 'cycleId');
    const answer = await this.queries.execute(new GetRevisedResultsQuery(cycleId, optionalText(request.group), optionalText(request.knownRevision)));
    if (answer.unchanged) return { cycle: cycleId, groups: [], revision: answer.revision, unchanged: true };
    return { ...resultsMessage(answer.document), revision: answer.revision, unchanged: false };
  }
}
