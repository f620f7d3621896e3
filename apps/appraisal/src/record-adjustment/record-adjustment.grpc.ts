import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { RecordAdjustmentCommand } from './record-adjustment.command';

type RecordAdjustmentRequest = RpcRequest<'appraisal', 'RecordBonus'>;

/** Bonus and deductions: points, a reason, and optionally the leaf and the document behind them. */
@GrpcController()
export class RecordAdjustmentGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('RecordBonus')
  recordBonus(request: RecordAdjustmentRequest, metadata: Metadata): Promise<CommandResult> {
    return this.record('RecordBonus', request, metadata);
  }

  @AppraisalRpc('RecordDeduction')
  recordDeduction(request: RpcRequest<'appraisal', 'RecordDeduction'>, metadata: Metadata): Promise<CommandResult> {
    return this.record('RecordDeduction', request, metadata);
  }

  private async record(type: 'RecordBonus' | 'RecordDeduction', request: RecordAdjustmentRequest, metadata: Metadata): Promise<CommandResult> {
    const criterion = optionalText(request.criterion);
    const ref = optionalText(request.ref);
    const adjustment = {
      type,
      actor: actorOf(request.actor),
      points: request.points,
      reason: request.reason,
      ...(criterion ? { criterion } : {}),
      ...(ref ? { ref } : {}),
    };
    return issue(this.commands, RecordAdjustmentCommand, request, adjustment, metadata);
  }
}
