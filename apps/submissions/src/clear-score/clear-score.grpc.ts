import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController } from '@par/grpc-server';
import { sheetSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { ClearScoreCommand } from './clear-score.command';

/** ClearScore over gRPC: the request as the command, nothing else. */
@GrpcController()
export class ClearScoreGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('ClearScore')
  clearScore(request: RpcRequest<'submissions', 'ClearScore'>, metadata: Metadata) {
    return this.commands.execute(new ClearScoreCommand({ ...sheetSubject(request), criterion: request.criterion }, correlationIdOf(metadata)));
  }
}
