import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { thresholdsOf } from '../infrastructure/grpc/thresholds-message';
import { DefineGroupCommand } from './define-group.command';

/** DefineGroup over gRPC: the request as the command, nothing else. */
@GrpcController()
export class DefineGroupGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('DefineGroup')
  defineGroup(request: RpcRequest<'submissions', 'DefineGroup'>, metadata: Metadata) {
    // No thresholds in the request: the cycle's apply.
    const own = thresholdsOf(request.thresholds);
    const fields = {
      ...cycleSubject(request),
      groupId: request.groupId,
      name: request.name,
      criteriaSetId: request.criteriaSetId,
      thresholds: own.length > 0 ? own : null,
    };
    return this.commands.execute(new DefineGroupCommand(fields, correlationIdOf(metadata)));
  }
}
