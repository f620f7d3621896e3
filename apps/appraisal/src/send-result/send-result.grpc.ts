import type { Metadata } from '@grpc/grpc-js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, RpcRequest } from '@par/contracts';
import { actorOf, GrpcController } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { CLOCK } from '../infrastructure/tokens';
import { SendResultCommand } from './send-result.command';

/** The unit sees its result now; its explanation window starts. */
@GrpcController()
export class SendResultGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @AppraisalRpc('SendResultToUnit')
  async send(request: RpcRequest<'appraisal', 'SendResultToUnit'>, metadata: Metadata): Promise<CommandResult> {
    const sending = {
      type: 'SendResultToUnit' as const,
      actor: actorOf(request.actor),
      explanationWindowDays: request.explanationWindowDays,
      now: this.clock(),
    };
    return issue(this.commands, SendResultCommand, request, sending, metadata);
  }
}
