import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import type { CorrectScore } from '../domain';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { CorrectScoreCommand } from './correct-score.command';

/** The province admin corrects a finalized value: points, or not applicable. */
@GrpcController()
export class CorrectScoreGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('CorrectScore')
  async correct(request: RpcRequest<'appraisal', 'CorrectScore'>, metadata: Metadata): Promise<CommandResult> {
    const points = optionalText(request.points);
    const correction: CorrectScore = {
      type: 'CorrectScore',
      actor: actorOf(request.actor),
      criterion: request.criterion,
      ...(points ? { points } : {}),
      ...(request.notApplicable ? { notApplicable: true as const } : {}),
      reason: request.reason,
    };
    return issue(this.commands, CorrectScoreCommand, request, correction, metadata);
  }
}
