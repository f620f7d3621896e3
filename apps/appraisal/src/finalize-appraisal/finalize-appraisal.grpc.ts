import type { Metadata } from '@grpc/grpc-js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, RpcRequest } from '@par/contracts';
import { actorOf, GrpcController } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { CLOCK } from '../infrastructure/tokens';
import { FinalizeAppraisalCommand } from './finalize-appraisal.command';

/** The chair closes the unit's appraisal, now. */
@GrpcController()
export class FinalizeAppraisalGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @AppraisalRpc('FinalizeAppraisal')
  async finalize(request: RpcRequest<'appraisal', 'FinalizeAppraisal'>, metadata: Metadata): Promise<CommandResult> {
    const finalizing = { type: 'FinalizeAppraisal' as const, actor: actorOf(request.actor), now: this.clock() };
    return issue(this.commands, FinalizeAppraisalCommand, request, finalizing, metadata);
  }
}
