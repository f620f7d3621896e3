import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { actorOf, correlationIdOf, GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { CorrectDecisionCommand } from './correct-decision.command';

/** CorrectDecision of par.ranking.v1.Ranking; the decider checks the role and the reason. */
@GrpcController()
export class CorrectDecisionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @RankingRpc('CorrectDecision')
  async correctDecision(request: RpcRequest<'ranking', 'CorrectDecision'>, metadata: Metadata): Promise<RpcReply<'ranking', 'CorrectDecision'>> {
    const actor = actorOf(request.actor);
    const cycleId = requiredId(request.cycleId, 'cycleId');
    // Absent details: the decider carries the revision in force's over.
    const details = { number: optionalText(request.number), date: optionalText(request.date), signer: optionalText(request.signer) };
    const command = new CorrectDecisionCommand(cycleId, request.reason, actor, details, correlationIdOf(metadata));
    // The handler's outcome is the reply's shape: { streamId, revision, snapshotHash }.
    return this.commands.execute(command);
  }
}
