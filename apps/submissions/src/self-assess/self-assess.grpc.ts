import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import { ActorMessage, actorOf, correlationIdOf, optional, requiredId } from '../api/grpc-request';
import { EvidenceMessage, evidenceOf } from '../api/proto-messages';
import { RpcErrorFilter } from '@par/grpc-server';
import type { CommandOutcome } from '../infrastructure/command-outcome';
import { SelfAssess, SelfAssessmentRequest } from './self-assess.command';

interface UnitRequest {
  actor?: ActorMessage;
  cycleId?: string;
  unitId?: string;
}

type Base = Pick<SelfAssessmentRequest, 'cycleId' | 'unitId' | 'actor'>;

/** The self-assessment RPCs of par.submissions.v1.Submissions. */
@Controller()
@UseFilters(RpcErrorFilter)
export class SelfAssessGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod('Submissions', 'ScoreCriterion')
  scoreCriterion(request: UnitRequest & { criterion?: string; points?: string; evidence?: EvidenceMessage[]; note?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'ScoreCriterion',
      criterion: request.criterion ?? '',
      points: request.points ?? '',
      evidence: evidenceOf(request.evidence),
      note: optional(request.note) ?? null,
    }));
  }

  @GrpcMethod('Submissions', 'ClearScore')
  clearScore(request: UnitRequest & { criterion?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'ClearScore', criterion: request.criterion ?? '' }));
  }

  @GrpcMethod('Submissions', 'SubmitSelfAssessment')
  submit(request: UnitRequest, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'SubmitSelfAssessment' }));
  }

  @GrpcMethod('Submissions', 'ReopenSelfAssessment')
  reopen(request: UnitRequest & { reason?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'ReopenSelfAssessment', reason: request.reason ?? '' }));
  }

  private issue(request: UnitRequest, metadata: Metadata, build: (base: Base) => SelfAssessmentRequest): Promise<CommandOutcome> {
    const base = { cycleId: requiredId(request.cycleId, 'cycleId'), unitId: requiredId(request.unitId, 'unitId'), actor: actorOf(request.actor) };
    return this.commands.execute(new SelfAssess(build(base), correlationIdOf(metadata)));
  }
}
