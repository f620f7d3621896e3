import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { GetResultsQuery } from './get-results.query';
import { resultsMessage } from './results-message';

/** GetResults of par.ranking.v1.Ranking: the cycle's table, or one group's. */
@GrpcController()
export class GetResultsGrpc {
  constructor(private readonly queries: QueryBus) {}

  @RankingRpc('GetResults')
  async getResults(request: RpcRequest<'ranking', 'GetResults'>): Promise<RpcReply<'ranking', 'GetResults'>> {
    const query = new GetResultsQuery(requiredId(request.cycleId, 'cycleId'), optionalText(request.group));
    return resultsMessage(await this.queries.execute(query));
  }
}
