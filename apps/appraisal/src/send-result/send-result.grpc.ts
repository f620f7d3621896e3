import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue } from '../api/grpc-request';
import { Clock, CLOCK } from '../appraisal.config';

interface SendResultToUnitRequest extends AppraisalRequest {
  explanationWindowDays?: number;
}

/** The unit sees its result now; its explanation window starts. */
@AppraisalGrpcController()
export class SendResultGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'SendResultToUnit')
  send(request: SendResultToUnitRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'SendResultToUnit', actor: actorOf(request), explanationWindowDays: request.explanationWindowDays ?? 0, now: this.clock() });
  }
}
