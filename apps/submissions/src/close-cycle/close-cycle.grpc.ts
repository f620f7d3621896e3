import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { CloseCycleCommand } from './close-cycle.command';

/** CloseCycle over gRPC: the request as the command, nothing else. */
@GrpcController()
export class CloseCycleGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('CloseCycle')
  closeCycle(request: RpcRequest<'submissions', 'CloseCycle'>, metadata: Metadata) {
    return this.commands.execute(new CloseCycleCommand(cycleSubject(request), correlationIdOf(metadata)));
  }
}
