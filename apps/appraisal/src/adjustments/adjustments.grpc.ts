import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue, optional } from '../api/grpc-request';

interface RecordAdjustmentRequest extends AppraisalRequest {
  points?: string;
  reason?: string;
  criterion?: string;
  ref?: string;
}

interface RemoveAdjustmentRequest extends AppraisalRequest {
  adjustmentId?: string;
  reason?: string;
}

/** Bonus and deductions, and taking one back. */
@AppraisalGrpcController()
export class AdjustmentsGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'RecordBonus')
  recordBonus(request: RecordAdjustmentRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'RecordBonus', ...adjustment(request) });
  }

  @GrpcMethod(APPRAISAL_SERVICE, 'RecordDeduction')
  recordDeduction(request: RecordAdjustmentRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'RecordDeduction', ...adjustment(request) });
  }

  @GrpcMethod(APPRAISAL_SERVICE, 'RemoveAdjustment')
  remove(request: RemoveAdjustmentRequest): Promise<CommandReply> {
    return issue(this.commands, request, { type: 'RemoveAdjustment', actor: actorOf(request), id: request.adjustmentId ?? '', reason: request.reason ?? '' });
  }
}

function adjustment(request: RecordAdjustmentRequest) {
  const criterion = optional(request.criterion);
  const ref = optional(request.ref);
  return { actor: actorOf(request), points: request.points ?? '', reason: request.reason ?? '', ...(criterion ? { criterion } : {}), ...(ref ? { ref } : {}) };
}
