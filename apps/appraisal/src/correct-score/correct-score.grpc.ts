import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue, optional } from '../api/grpc-request';

interface CorrectScoreRequest extends AppraisalRequest {
  criterion?: string;
  points?: string;
  notApplicable?: boolean;
  reason?: string;
}

/** The province admin corrects a finalized value: the only way one moves after finalization. */
@AppraisalGrpcController()
export class CorrectScoreGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'CorrectScore')
  correct(request: CorrectScoreRequest): Promise<CommandReply> {
    const points = optional(request.points);
    return issue(this.commands, request, {
      type: 'CorrectScore',
      actor: actorOf(request),
      criterion: request.criterion ?? '',
      ...(points ? { points } : {}),
      ...(request.notApplicable ? { notApplicable: true as const } : {}),
      reason: request.reason ?? '',
    });
  }
}
