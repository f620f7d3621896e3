import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, foldEvents, handleCommand } from '@par/event-store';
import { cycleDecider } from '../domain/cycle/cycle.decide';
import { CycleEvent, cycleStreamId } from '../domain/cycle/cycle.events';
import { selfAssessmentContext } from '../domain/cycle/self-assessment-context';
import type { SelfAssessmentCommand } from '../domain/self-assessment/self-assessment.commands';
import { selfAssessmentDecider } from '../domain/self-assessment/self-assessment.decide';
import { selfAssessmentStreamId } from '../domain/self-assessment/self-assessment.events';
import { CommandOutcome, metadataFor, outcomeOf } from '../infrastructure/command-outcome';
import { Clock, CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { SelfAssess } from './self-assess.command';

/**
 * The self-assessment decider is pure: the cycle facts it needs (status, the unit's leaves, what is not
 * applicable, the due date) are read here from the cycle stream, folded with the cycle decider (same
 * service, same log), and put in the command as its context together with the clock.
 */
@CommandHandler(SelfAssess)
export class SelfAssessHandler implements ICommandHandler<SelfAssess> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, correlationId }: SelfAssess): Promise<CommandOutcome> {
    const now = this.clock();
    const cycleHistory = await this.store.readStream(cycleStreamId(request.cycleId));
    const cycle = foldEvents(cycleDecider, cycleHistory.map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as CycleEvent));
    const context = selfAssessmentContext(cycle, { cycleId: request.cycleId, unitId: request.unitId, now });
    const command = { ...request, context } as SelfAssessmentCommand;
    const streamId = selfAssessmentStreamId(request.cycleId, request.unitId);
    const metadata = metadataFor(command, correlationId, now);
    return outcomeOf(streamId, await handleCommand({ store: this.store, streamId, decider: selfAssessmentDecider, command, metadata }));
  }
}
