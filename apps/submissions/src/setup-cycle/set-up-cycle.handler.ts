import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand } from '@par/event-store';
import { cycleDecider } from '../domain/cycle/cycle.decide';
import { cycleStreamId } from '../domain/cycle/cycle.events';
import { CommandOutcome, metadataFor, outcomeOf } from '../infrastructure/command-outcome';
import { Clock, CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { SetUpCycle } from './set-up-cycle.command';

/** Load `cycle-<cycleId>`, decide, append at the version read (a concurrent change: WRONG_EXPECTED_VERSION). */
@CommandHandler(SetUpCycle)
export class SetUpCycleHandler implements ICommandHandler<SetUpCycle> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async execute({ command, correlationId }: SetUpCycle): Promise<CommandOutcome> {
    const streamId = cycleStreamId(command.cycleId);
    const metadata = metadataFor(command, correlationId, this.now());
    return outcomeOf(streamId, await handleCommand({ store: this.store, streamId, decider: cycleDecider, command, metadata }));
  }
}
