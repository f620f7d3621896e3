import { Inject, Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@par/contracts';
import { EventStore, FoldedStreams, handleCommand } from '@par/event-store';
import { cycleDecider } from '../domain/cycle/cycle.decide';
import { type CycleEvent, cycleStream } from '../domain/cycle/cycle.events';
import type { CycleState } from '../domain/cycle/cycle.state';
import { CommandOutcome, metadataFor, outcomeOf } from './command-outcome';
import type { CycleStreamCommand } from './cycle-stream.command';
import { CLOCK, EVENT_STORE } from './tokens';

/**
 * Every cycle use case is handled alike: load the cycle's stream, decide, append at the version read (a
 * concurrent change: WRONG_EXPECTED_VERSION, nothing written). Each use case's handler is this class
 * under its own @CommandHandler.
 */
@Injectable()
export class CycleCommandHandler<C extends CycleStreamCommand = CycleStreamCommand> implements ICommandHandler<CycleStreamCommand> {
  private readonly cycles = new FoldedStreams<CycleEvent, CycleState>(cycleDecider, 100);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ command, correlationId }: C): Promise<CommandOutcome> {
    const metadata = metadataFor(command, correlationId, this.clock());
    return outcomeOf(
      await handleCommand({ store: this.store, ...cycleStream(command.cycleId), decider: cycleDecider, command, metadata, folded: this.cycles }),
    );
  }
}
