import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue, optional } from '../api/grpc-request';
import type { ExplanationDecision } from '../domain';

interface ResolveExplanationRequest extends AppraisalRequest {
  criterion?: string;
  decision?: string;
  points?: string;
  reason?: string;
  votes?: { for?: number; against?: number; abstain?: number; members?: number } | null;
}

/** The chair records the council's decision on an explanation, with its vote. */
@AppraisalGrpcController()
export class ResolveExplanationGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'ResolveExplanation')
  resolve(request: ResolveExplanationRequest): Promise<CommandReply> {
    const points = optional(request.points);
    const { votes } = request;
    return issue(this.commands, request, {
      type: 'ResolveExplanation',
      actor: actorOf(request),
      criterion: request.criterion ?? '',
      // The decider refuses anything but upheld / changed, naming the field.
      decision: (request.decision ?? '') as ExplanationDecision,
      ...(points ? { points } : {}),
      reason: request.reason ?? '',
      votes: { for: votes?.for ?? 0, against: votes?.against ?? 0, abstain: votes?.abstain ?? 0, members: votes?.members ?? 0 },
    });
  }
}
