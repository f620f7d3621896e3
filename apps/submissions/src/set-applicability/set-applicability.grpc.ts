import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { SetApplicabilityCommand } from './set-applicability.command';

/** SetApplicability over gRPC: the request as the command, nothing else. */
@GrpcController()
export class SetApplicabilityGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('SetApplicability')
  setApplicability(request: RpcRequest<'submissions', 'SetApplicability'>, metadata: Metadata) {
    const fields = { ...cycleSubject(request), unitId: request.unitId, criterion: request.criterion, applicable: request.applicable, reason: request.reason };
    return this.commands.execute(new SetApplicabilityCommand(fields, correlationIdOf(metadata)));
  }
}
