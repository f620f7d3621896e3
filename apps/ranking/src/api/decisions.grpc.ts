import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { CorrectDecisionCommand } from '../correct-decision/correct-decision.command';
import { decisionStreamId } from '../domain/decision.events';
import type { PublishedOutcome } from '../publish-decision/decision-log';
import { PublishDecisionCommand } from '../publish-decision/publish-decision.command';
import { ActorMessage, actorOf, optional, RANKING_SERVICE, RankingGrpcController, requiredId } from './grpc-request';

interface DecisionRequest {
  actor?: ActorMessage | null;
  cycleId?: string;
  number?: string;
  date?: string;
  signer?: string;
}

/** PublishDecision and CorrectDecision of par.ranking.v1.Ranking; the decider checks role and fields. */
@RankingGrpcController()
export class DecisionsGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod(RANKING_SERVICE, 'PublishDecision')
  async publish(request: DecisionRequest) {
    const actor = actorOf(request.actor);
    const cycleId = requiredId(request.cycleId, 'cycleId');
    const outcome = await this.commands.execute(new PublishDecisionCommand(cycleId, request.number ?? '', request.date ?? '', request.signer ?? '', actor));
    return decisionResult(cycleId, outcome);
  }

  @GrpcMethod(RANKING_SERVICE, 'CorrectDecision')
  async correct(request: DecisionRequest & { reason?: string }) {
    const actor = actorOf(request.actor);
    const cycleId = requiredId(request.cycleId, 'cycleId');
    const details = { number: optional(request.number), date: optional(request.date), signer: optional(request.signer) };
    // Absent details: the decider carries the revision in force's over.
    const outcome = await this.commands.execute(new CorrectDecisionCommand(cycleId, request.reason ?? '', actor, details));
    return decisionResult(cycleId, outcome);
  }
}

function decisionResult(cycleId: string, outcome: PublishedOutcome) {
  return { streamId: decisionStreamId(cycleId), revision: outcome.revision, snapshotHash: outcome.snapshotHash };
}
