import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { auditEntryMessage } from './audit-entry-message';
import { GetAuditTrailQuery } from './get-audit-trail.query';

/** GetAuditTrail of par.ranking.v1.Ranking: every value of a unit's leaves, or of one criterion. */
@GrpcController()
export class GetAuditTrailGrpc {
  constructor(private readonly queries: QueryBus) {}

  @RankingRpc('GetAuditTrail')
  async getAuditTrail(request: RpcRequest<'ranking', 'GetAuditTrail'>): Promise<RpcReply<'ranking', 'GetAuditTrail'>> {
    const query = new GetAuditTrailQuery(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId'), optionalText(request.criterion));
    return { entries: (await this.queries.execute(query)).map(auditEntryMessage) };
  }
}
