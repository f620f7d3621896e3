import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import type { ExplanationEvidence } from '@par/contracts';
import { actorOf, APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest, CommandReply, issue, optional } from '../api/grpc-request';
import { Clock, CLOCK } from '../appraisal.config';

interface EvidenceMessage {
  title?: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileId?: string;
}

interface FileExplanationRequest extends AppraisalRequest {
  criterion?: string;
  text?: string;
  evidence?: EvidenceMessage[];
}

/** The unit explains an adjusted leaf, now (in time or not, the decider judges). */
@AppraisalGrpcController()
export class FileExplanationGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'FileExplanation')
  file(request: FileExplanationRequest): Promise<CommandReply> {
    return issue(this.commands, request, {
      type: 'FileExplanation',
      actor: actorOf(request),
      criterion: request.criterion ?? '',
      text: request.text ?? '',
      evidence: (request.evidence ?? []).map(evidence),
      now: this.clock(),
    });
  }
}

/** Absent optional fields left out, so the contract's schema judges only what was sent. */
function evidence(message: EvidenceMessage): ExplanationEvidence {
  const item: Record<string, string | undefined> = {
    title: message.title ?? '',
    documentNo: optional(message.documentNo),
    date: optional(message.date),
    section: optional(message.section),
    fileId: optional(message.fileId),
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as ExplanationEvidence;
}
