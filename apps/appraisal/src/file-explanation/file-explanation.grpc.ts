import type { Metadata } from '@grpc/grpc-js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, ExplanationEvidence, RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, optionalText } from '@par/grpc-server';
import { AppraisalRpc, CommandResult, issue } from '../infrastructure/appraisal-rpc';
import { CLOCK } from '../infrastructure/tokens';
import { FileExplanationCommand } from './file-explanation.command';

type EvidenceMessage = RpcRequest<'appraisal', 'FileExplanation'>['evidence'][number];

/** The unit explains an adjusted leaf, now (in time or not, the decider judges). */
@GrpcController()
export class FileExplanationGrpc {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @AppraisalRpc('FileExplanation')
  async file(request: RpcRequest<'appraisal', 'FileExplanation'>, metadata: Metadata): Promise<CommandResult> {
    const explanation = {
      type: 'FileExplanation' as const,
      actor: actorOf(request.actor),
      criterion: request.criterion,
      text: request.text,
      evidence: request.evidence.map(evidence),
      now: this.clock(),
    };
    return issue(this.commands, FileExplanationCommand, request, explanation, metadata);
  }
}

/** Absent optional fields left out, so the contract's schema judges only what was sent. */
function evidence(message: EvidenceMessage): ExplanationEvidence {
  const item: Record<string, string | undefined> = {
    title: message.title,
    documentNo: optionalText(message.documentNo),
    date: optionalText(message.date),
    section: optionalText(message.section),
    fileId: optionalText(message.fileId),
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as ExplanationEvidence;
}
