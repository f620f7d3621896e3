import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import type { ExplanationDecision, ResolveExplanation } from '../domain';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { ResolveExplanationCommand } from './resolve-explanation.command';

/** The chair records the council's decision on an explanation, with its vote. */
@GrpcController()
export class ResolveExplanationGrpc {
  constructor(private readonly commands: CommandBus) {}

  @AppraisalRpc('ResolveExplanation')
  async resolve(request: RpcRequest<'appraisal', 'ResolveExplanation'>, metadata: Metadata): Promise<CommandResult> {
    const points = optionalText(request.points);
    const { votes } = request;
    const resolution: ResolveExplanation = {
      type: 'ResolveExplanation',
      actor: actorOf(request.actor),
      criterion: request.criterion,
      // The decider refuses anything but upheld / changed, naming the field.
      decision: request.decision as ExplanationDecision,
      ...(points ? { points } : {}),
      reason: request.reason,
      votes: { for: votes?.for ?? 0, against: votes?.against ?? 0, abstain: votes?.abstain ?? 0, members: votes?.members ?? 0 },
    };
    return issue(this.commands, ResolveExplanationCommand, request, resolution, metadata);
  }
}
