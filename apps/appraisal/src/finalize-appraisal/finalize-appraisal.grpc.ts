import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue } from '../api/grpc-request';
import { Clock, CLOCK } from '../appraisal.config';

/** The chair closes the unit's appraisal. */
@AppraisalGrpcController()
export class FinalizeAppraisalGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'FinalizeAppraisal')
  finalize(request: AppraisalRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'FinalizeAppraisal', actor: actorOf(request), now: this.clock() });
  }
}
