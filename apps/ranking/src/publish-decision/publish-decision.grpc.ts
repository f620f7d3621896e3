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
    const { streamId, revision, snapshotHash } = await this.commands.execute(command);
    return { streamId, revision, snapshotHash };
  }
}
