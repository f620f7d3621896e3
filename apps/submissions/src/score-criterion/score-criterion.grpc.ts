import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { correlationIdOf, GrpcController, optionalText } from '@par/grpc-server';
import { evidenceOf } from '../infrastructure/grpc/evidence-message';
import { sheetSubject } from '../infrastructure/grpc/request-subjects';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { ScoreCriterionCommand } from './score-criterion.command';

/** ScoreCriterion over gRPC: the request as the command, nothing else. */
@GrpcController()
export class ScoreCriterionGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SubmissionsRpc('ScoreCriterion')
  scoreCriterion(request: RpcRequest<'submissions', 'ScoreCriterion'>, metadata: Metadata) {
    const fields = {
      ...sheetSubject(request),
      criterion: request.criterion,
      points: request.points,
      evidence: evidenceOf(request.evidence),
      note: optionalText(request.note) ?? null,
    };
    return this.commands.execute(new ScoreCriterionCommand(fields, correlationIdOf(metadata)));
  }
}
