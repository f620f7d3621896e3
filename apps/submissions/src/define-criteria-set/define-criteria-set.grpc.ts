import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { criteriaOf } from '../infrastructure/grpc/criteria-message';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { DefineCriteriaSetCommand } from './define-criteria-set.command';

/** DefineCriteriaSet over gRPC: the request as the command, nothing else. */
@GrpcController()
export class DefineCriteriaSetGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('DefineCriteriaSet')
  defineCriteriaSet(request: RpcRequest<'submissions', 'DefineCriteriaSet'>, metadata: Metadata) {
    const fields = { ...cycleSubject(request), criteriaSetId: request.criteriaSetId, criteria: criteriaOf(request.criteria) };
    return this.commands.execute(new DefineCriteriaSetCommand(fields, correlationIdOf(metadata)));
  }
}
