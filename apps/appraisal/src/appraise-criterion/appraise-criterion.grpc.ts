import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue, optional } from '../api/grpc-request';

interface AppraiseCriterionRequest extends AppraisalRequest {
  criterion?: string;
  points?: string;
  reason?: string;
}

/** The appraiser's verdict on one leaf: another value (with a reason), the self value, or not applicable. */
@AppraisalGrpcController()
export class AppraiseCriterionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'AppraiseCriterion')
  appraise(request: AppraiseCriterionRequest): Promise<CommandReply> {
    return issue(this.commands, request, {
      type: 'AppraiseCriterion',
      actor: actorOf(request),
      criterion: request.criterion ?? '',
      points: request.points ?? '',
      reason: optional(request.reason),
    });
  }

  @GrpcMethod(APPRAISAL_SERVICE, 'AcceptCriterion')
  accept(request: AppraiseCriterionRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'AppraiseCriterion', actor: actorOf(request), criterion: request.criterion ?? '', accept: true });
  }

  @GrpcMethod(APPRAISAL_SERVICE, 'MarkCriterionNotApplicable')
  markNotApplicable(request: AppraiseCriterionRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'MarkCriterionNotApplicable', actor: actorOf(request), criterion: request.criterion ?? '', reason: request.reason ?? '' });
  }
}
