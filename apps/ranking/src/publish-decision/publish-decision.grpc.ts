import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { actorOf, correlationIdOf, GrpcController, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { PublishDecisionCommand } from './publish-decision.command';

/** PublishDecision of par.ranking.v1.Ranking; the decider checks the role and the decision's fields. */
@GrpcController()
export class PublishDecisionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @RankingRpc('PublishDecision')
  async publishDecision(request: RpcRequest<'ranking', 'PublishDecision'>, metadata: Metadata): Promise<RpcReply<'ranking', 'PublishDecision'>> {
    const actor = actorOf(request.actor);
    const cycleId = requiredId(request.cycleId, 'cycleId');
    const command = new PublishDecisionCommand(cycleId, request.number, request.date, request.signer, actor, correlationIdOf(metadata));
    // The handler's outcome is the reply's shape: { streamId, revision, snapshotHash }.
    return this.commands.execute(command);
  }
}
