import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { criteriaOf } from '../infrastructure/grpc/criteria-message';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { CorrectCriteriaSetCommand } from './correct-criteria-set.command';

/** CorrectCriteriaSet over gRPC: the request as the command, nothing else. */
@GrpcController()
export class CorrectCriteriaSetGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('CorrectCriteriaSet')
  correctCriteriaSet(request: RpcRequest<'submissions', 'CorrectCriteriaSet'>, metadata: Metadata) {
    const fields = { ...cycleSubject(request), criteriaSetId: request.criteriaSetId, criteria: criteriaOf(request.criteria), reason: request.reason };
    return this.commands.execute(new CorrectCriteriaSetCommand(fields, correlationIdOf(metadata)));
  }
}
