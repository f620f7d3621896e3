import { Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import type { CycleCommand } from '../domain/cycle/cycle.commands';
import { ActorMessage, actorOf, correlationIdOf, optional, requiredId } from '../api/grpc-request';
import { CriterionNodeMessage, criteriaOf, ThresholdMessage, thresholdsOf } from '../api/proto-messages';
import { RpcErrorFilter } from '@par/grpc-server';
import type { CommandOutcome } from '../infrastructure/command-outcome';
import { SetUpCycle } from './set-up-cycle.command';

interface CycleRequest {
  actor?: ActorMessage;
  cycleId?: string;
}

type Request = CycleRequest & Record<string, unknown>;

/** The cycle setup RPCs of par.submissions.v1.Submissions: requests to commands, nothing else. */
@Controller()
@UseFilters(RpcErrorFilter)
export class SetUpCycleGrpc {
  constructor(private readonly commands: CommandBus) {}

  @GrpcMethod('Submissions', 'CreateCycle')
  createCycle(request: Request & { year?: number; title?: string; evaluator?: string; thresholds?: ThresholdMessage[] }, metadata: Metadata) {
    const { year, title, evaluator, thresholds } = request;
    return this.issue(request, metadata, (base) => ({ ...base, type: 'CreateCycle', year: year ?? 0, title: title ?? '', evaluator: evaluator ?? '', thresholds: thresholdsOf(thresholds) }));
  }

  @GrpcMethod('Submissions', 'DefineGroup')
  defineGroup(request: Request & { groupId?: string; name?: string; criteriaSetId?: string; thresholds?: ThresholdMessage[] }, metadata: Metadata) {
    const { groupId, name, criteriaSetId, thresholds } = request;
    const own = thresholdsOf(thresholds);
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'DefineGroup',
      groupId: groupId ?? '',
      name: name ?? '',
      criteriaSetId: criteriaSetId ?? '',
      thresholds: own.length > 0 ? own : null,
    }));
  }

  @GrpcMethod('Submissions', 'DefineCriteriaSet')
  defineCriteriaSet(request: Request & { criteriaSetId?: string; criteria?: CriterionNodeMessage[] }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'DefineCriteriaSet', criteriaSetId: request.criteriaSetId ?? '', criteria: criteriaOf(request.criteria) }));
  }

  @GrpcMethod('Submissions', 'RegisterUnit')
  registerUnit(request: Request & { unitId?: string; name?: string; groupId?: string; parentId?: string; validFrom?: string; validTo?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'RegisterUnit',
      unitId: request.unitId ?? '',
      name: request.name ?? '',
      groupId: request.groupId ?? '',
      parentId: optional(request.parentId) ?? null,
      validFrom: optional(request.validFrom) ?? null,
      validTo: optional(request.validTo) ?? null,
    }));
  }

  @GrpcMethod('Submissions', 'RenameUnit')
  renameUnit(request: Request & { unitId?: string; name?: string; validFrom?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'RenameUnit', unitId: request.unitId ?? '', name: request.name ?? '', validFrom: request.validFrom ?? '' }));
  }

  @GrpcMethod('Submissions', 'SetApplicability')
  setApplicability(request: Request & { unitId?: string; criterion?: string; applicable?: boolean; reason?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'SetApplicability',
      unitId: request.unitId ?? '',
      criterion: request.criterion ?? '',
      applicable: request.applicable ?? false,
      reason: request.reason ?? '',
    }));
  }

  @GrpcMethod('Submissions', 'SetDeadlines')
  setDeadlines(request: Request & { selfAssessmentDue?: string; explanationWindowDays?: number }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'SetDeadlines',
      selfAssessmentDue: request.selfAssessmentDue ?? '',
      explanationWindowDays: request.explanationWindowDays ?? 0,
    }));
  }

  @GrpcMethod('Submissions', 'OpenCycle')
  openCycle(request: Request, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'OpenCycle' }));
  }

  @GrpcMethod('Submissions', 'CorrectCriteriaSet')
  correctCriteriaSet(request: Request & { criteriaSetId?: string; criteria?: CriterionNodeMessage[]; reason?: string }, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({
      ...base,
      type: 'CorrectCriteriaSet',
      criteriaSetId: request.criteriaSetId ?? '',
      criteria: criteriaOf(request.criteria),
      reason: request.reason ?? '',
    }));
  }

  @GrpcMethod('Submissions', 'CloseCycle')
  closeCycle(request: Request, metadata: Metadata) {
    return this.issue(request, metadata, (base) => ({ ...base, type: 'CloseCycle' }));
  }

  private issue(request: CycleRequest, metadata: Metadata, build: (base: Pick<CycleCommand, 'cycleId' | 'actor'>) => CycleCommand): Promise<CommandOutcome> {
    const base = { cycleId: requiredId(request.cycleId, 'cycleId'), actor: actorOf(request.actor) };
    return this.commands.execute(new SetUpCycle(build(base), correlationIdOf(metadata)));
  }
}
