import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { AppraiseCriterionCommand } from './appraise-criterion.command';

/** The appraiser's verdict on one leaf: another value (with a reason), the self value, or not applicable. */
@GrpcController()
export class AppraiseCriterionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('AppraiseCriterion')
  appraise(request: RpcRequest<'appraisal', 'AppraiseCriterion'>, metadata: Metadata): Promise<CommandResult> {
    return issue(
      this.commands,
      AppraiseCriterionCommand,
      request,
      { type: 'AppraiseCriterion', actor: actorOf(request.actor), criterion: request.criterion, points: request.points, reason: optionalText(request.reason) },
      metadata,
    );
  }

  @AppraisalRpc('AcceptCriterion')
  accept(request: RpcRequest<'appraisal', 'AcceptCriterion'>, metadata: Metadata): Promise<CommandResult> {
    return issue(
      this.commands,
      AppraiseCriterionCommand,
      request,
      { type: 'AppraiseCriterion', actor: actorOf(request.actor), criterion: request.criterion, accept: true },
      metadata,
    );
  }

  @AppraisalRpc('MarkCriterionNotApplicable')
  markNotApplicable(request: RpcRequest<'appraisal', 'MarkCriterionNotApplicable'>, metadata: Metadata): Promise<CommandResult> {
    return issue(
      this.commands,
      AppraiseCriterionCommand,
      request,
      { type: 'MarkCriterionNotApplicable', actor: actorOf(request.actor), criterion: request.criterion, reason: request.reason },
      metadata,
    );
  }
}
