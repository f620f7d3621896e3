import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { sheetSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment.command';

/** SubmitSelfAssessment over gRPC: the request as the command, nothing else. */
@GrpcController()
export class SubmitSelfAssessmentGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('SubmitSelfAssessment')
  submitSelfAssessment(request: RpcRequest<'submissions', 'SubmitSelfAssessment'>, metadata: Metadata) {
    return this.commands.execute(new SubmitSelfAssessmentCommand(sheetSubject(request), correlationIdOf(metadata)));
  }
}
