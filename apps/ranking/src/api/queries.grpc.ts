import { QueryBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { GetAuditTrailQuery } from '../queries/get-audit-trail.query';
import { GetPublishedDecisionsQuery } from '../queries/get-published-decisions.query';
import { GetResultsQuery } from '../queries/get-results.query';
import { auditEntryMessage } from './audit-message';
import { decisionRevisionMessage } from './decision-message';
import { optional, RANKING_SERVICE, RankingGrpcController, requiredId } from './grpc-request';
import { resultsMessage } from './results-message';

/** The query RPCs of par.ranking.v1.Ranking, answered from the read models and the decision log. */
@RankingGrpcController()
export class RankingQueriesGrpc {
  constructor(private readonly queries: QueryBus) {}

  @GrpcMethod(RANKING_SERVICE, 'GetResults')
  async results(request: { cycleId?: string; group?: string }) {
    return resultsMessage(await this.queries.execute(new GetResultsQuery(requiredId(request.cycleId, 'cycleId'), optional(request.group))));
  }

  @GrpcMethod(RANKING_SERVICE, 'GetAuditTrail')
  async auditTrail(request: { cycleId?: string; unitId?: string; criterion?: string }) {
    const query = new GetAuditTrailQuery(requiredId(request.cycleId, 'cycleId'), requiredId(request.unitId, 'unitId'), optional(request.criterion));
    return { entries: (await this.queries.execute(query)).map(auditEntryMessage) };
  }

  @GrpcMethod(RANKING_SERVICE, 'GetPublishedDecisions')
  async publishedDecisions(request: { cycleId?: string }) {
    const revisions = await this.queries.execute(new GetPublishedDecisionsQuery(requiredId(request.cycleId, 'cycleId')));
    return { revisions: revisions.map(decisionRevisionMessage) };
  }
}
