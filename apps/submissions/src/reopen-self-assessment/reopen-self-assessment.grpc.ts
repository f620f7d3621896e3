import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { sheetSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { ReopenSelfAssessmentCommand } from './reopen-self-assessment.command';

/** ReopenSelfAssessment over gRPC: the request as the command, nothing else. */
@GrpcController()
export class ReopenSelfAssessmentGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('ReopenSelfAssessment')
  reopenSelfAssessment(request: RpcRequest<'submissions', 'ReopenSelfAssessment'>, metadata: Metadata) {
    return this.commands.execute(new ReopenSelfAssessmentCommand({ ...sheetSubject(request), reason: request.reason }, correlationIdOf(metadata)));
  }
}
