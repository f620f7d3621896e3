import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { RenameUnitCommand } from './rename-unit.command';

/** RenameUnit over gRPC: the request as the command, nothing else. */
@GrpcController()
export class RenameUnitGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('RenameUnit')
  renameUnit(request: RpcRequest<'submissions', 'RenameUnit'>, metadata: Metadata) {
    return this.commands.execute(
      new RenameUnitCommand({ ...cycleSubject(request), unitId: request.unitId, name: request.name, validFrom: request.validFrom }, correlationIdOf(metadata)),
    );
  }
}
