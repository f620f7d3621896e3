import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { RemoveAdjustmentCommand } from './remove-adjustment.command';

/** Taking back a bonus or a deduction. */
@GrpcController()
export class RemoveAdjustmentGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('RemoveAdjustment')
  async remove(request: RpcRequest<'appraisal', 'RemoveAdjustment'>, metadata: Metadata): Promise<CommandResult> {
    const removal = { type: 'RemoveAdjustment' as const, actor: actorOf(request.actor), id: request.adjustmentId, reason: request.reason };
    return issue(this.commands, RemoveAdjustmentCommand, request, removal, metadata);
  }
}
