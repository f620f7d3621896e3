import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { OpenCycleCommand } from './open-cycle.command';

/** OpenCycle over gRPC: the request as the command, nothing else. */
@GrpcController()
export class OpenCycleGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('OpenCycle')
  openCycle(request: RpcRequest<'submissions', 'OpenCycle'>, metadata: Metadata) {
    return this.commands.execute(new OpenCycleCommand(cycleSubject(request), correlationIdOf(metadata)));
  }
}
