import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { thresholdsOf } from '../infrastructure/grpc/thresholds-message';
import { CreateCycleCommand } from './create-cycle.command';

/** CreateCycle over gRPC: the request as the command, nothing else. */
@GrpcController()
export class CreateCycleGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('CreateCycle')
  createCycle(request: RpcRequest<'submissions', 'CreateCycle'>, metadata: Metadata) {
    const fields = {
      ...cycleSubject(request),
      year: request.year,
      title: request.title,
      evaluator: request.evaluator,
      thresholds: thresholdsOf(request.thresholds),
    };
    return this.commands.execute(new CreateCycleCommand(fields, correlationIdOf(metadata)));
  }
}
