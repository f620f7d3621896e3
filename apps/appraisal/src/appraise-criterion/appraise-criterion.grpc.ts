import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import type { AppraiseCriterion, MarkCriterionNotApplicable } from '../domain';
import { appraisalOf, AppraisalRpc, CommandResult, commandResult, originOf } from '../infrastructure/appraisal-rpc';
import { AppraiseCriterionCommand } from './appraise-criterion.command';

/** The appraiser's verdict on one leaf: another value (with a reason), the self value, or not applicable. */
@GrpcController()
export class AppraiseCriterionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('AppraiseCriterion')
  appraise(request: RpcRequest<'appraisal', 'AppraiseCriterion'>, metadata: Metadata): Promise<CommandResult> {
    return this.judge(
      request,
      { type: 'AppraiseCriterion', actor: actorOf(request.actor), criterion: request.criterion, points: request.points, reason: optionalText(request.reason) },
      metadata,
    );
  }

  @AppraisalRpc('AcceptCriterion')
  accept(request: RpcRequest<'appraisal', 'AcceptCriterion'>, metadata: Metadata): Promise<CommandResult> {
    return this.judge(request, { type: 'AppraiseCriterion', actor: actorOf(request.actor), criterion: request.criterion, accept: true }, metadata);
  }

  @AppraisalRpc('MarkCriterionNotApplicable')
  markNotApplicable(request: RpcRequest<'appraisal', 'MarkCriterionNotApplicable'>, metadata: Metadata): Promise<CommandResult> {
    return this.judge(
      request,
      { type: 'MarkCriterionNotApplicable', actor: actorOf(request.actor), criterion: request.criterion, reason: request.reason },
      metadata,
    );
  }

  private async judge(
    request: { cycleId: string; unitId: string },
    verdict: AppraiseCriterion | MarkCriterionNotApplicable,
    metadata: Metadata,
  ): Promise<CommandResult> {
    const { cycleId, unitId } = appraisalOf(request);
    return commandResult(await this.commands.execute(new AppraiseCriterionCommand(cycleId, unitId, verdict, originOf(metadata))));
  }
}
