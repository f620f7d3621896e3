import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand } from '@par/event-store';
import { APPRAISAL_EVENT_STORE, Clock, CLOCK } from '../appraisal.config';
import { appraisalDecider, appraisalStreamId, eventMetadata } from '../domain';
import { IssueAppraisalCommand, IssuedCommand } from './issue-appraisal-command';

/**
 * Load → fold → decide → append at the version read. A concurrent writer makes the append throw
 * WrongExpectedVersionError (nothing written); a command that changes nothing appends nothing.
 */
@CommandHandler(IssueAppraisalCommand)
export class IssueAppraisalCommandHandler implements ICommandHandler<IssueAppraisalCommand, IssuedCommand> {
  constructor(
    @Inject(APPRAISAL_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ cycleId, unitId, command, origin }: IssueAppraisalCommand): Promise<IssuedCommand> {
    const metadata = {
      ...eventMetadata(command),
      occurredAt: this.clock().toISOString(),
      ...(origin.correlationId ? { correlationId: origin.correlationId } : {}),
      ...(origin.causationId ? { causationId: origin.causationId } : {}),
    };
    const streamId = appraisalStreamId(cycleId, unitId);
    const handled = await handleCommand({ store: this.store, streamId, decider: appraisalDecider, command, metadata });
    return { streamId, events: handled.events.map((event) => event.type), version: handled.version };
  }
}
