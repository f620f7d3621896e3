import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController, optionalText } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { RegisterUnitCommand } from './register-unit.command';

/** RegisterUnit over gRPC: the request as the command, nothing else. */
@GrpcController()
export class RegisterUnitGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('RegisterUnit')
  registerUnit(request: RpcRequest<'submissions', 'RegisterUnit'>, metadata: Metadata) {
    const fields = {
      ...cycleSubject(request),
      unitId: request.unitId,
      name: request.name,
      groupId: request.groupId,
      parentId: optionalText(request.parentId) ?? null,
      validFrom: optionalText(request.validFrom) ?? null,
      validTo: optionalText(request.validTo) ?? null,
    };
    return this.commands.execute(new RegisterUnitCommand(fields, correlationIdOf(metadata)));
  }
}
