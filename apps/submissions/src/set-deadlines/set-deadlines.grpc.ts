import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { cycleSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { SetDeadlinesCommand } from './set-deadlines.command';

/** SetDeadlines over gRPC: the request as the command, nothing else. */
@GrpcController()
export class SetDeadlinesGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('SetDeadlines')
  setDeadlines(request: RpcRequest<'submissions', 'SetDeadlines'>, metadata: Metadata) {
    const fields = { ...cycleSubject(request), selfAssessmentDue: request.selfAssessmentDue, explanationWindowDays: request.explanationWindowDays };
    return this.commands.execute(new SetDeadlinesCommand(fields, correlationIdOf(metadata)));
  }
}
