import { Inject, Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@par/contracts';
import type { AppraisalEvent } from '@par/contracts';
import { EventStore, FoldedStreams, handleCommand } from '@par/event-store';
import { appraisalDecider, type AppraisalState, appraisalStream, eventMetadata } from '../domain';
import type { AppraisalStreamCommand, IssuedCommand } from './appraisal-stream.command';
import { APPRAISAL_EVENT_STORE, CLOCK } from './tokens';

/**
 * Load → fold → decide → append at the version read, for any Appraisal command: each use case's
 * handler is this class registered for its command. A concurrent writer makes the append throw
 * WrongExpectedVersionError (nothing written); a command that changes nothing appends nothing.
 */
@Injectable()
export class AppraisalCommandHandler implements ICommandHandler<AppraisalStreamCommand, IssuedCommand> {
  /** Each unit's appraisal kept folded by version: a command reads only what was appended since the last. */
  private readonly appraisals = new FoldedStreams<AppraisalEvent, AppraisalState>(appraisalDecider);

  constructor(
    @Inject(APPRAISAL_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ cycleId, unitId, command, origin }: AppraisalStreamCommand): Promise<IssuedCommand> {
    const metadata = {
      ...eventMetadata(command),
      occurredAt: this.clock().toISOString(),
      ...(origin.correlationId ? { correlationId: origin.correlationId } : {}),
      ...(origin.causationId ? { causationId: origin.causationId } : {}),
    };
    const handled = await handleCommand({
      store: this.store,
      ...appraisalStream(cycleId, unitId),
      decider: appraisalDecider,
      command,
      metadata,
      folded: this.appraisals,
    });
    return { streamId: handled.streamId, events: handled.events.map((event) => event.type), version: handled.version };
  }
}
