import { Command } from '@nestjs/cqrs';
import type { CycleCommand } from '../domain/cycle/cycle.commands';
import type { CommandOutcome } from './command-outcome';

/**
 * A use case decided on a cycle's stream: the cycle decider's command it carries and the request's
 * correlation id. Each use case is its own subclass, so the bus routes it to its own handler.
 */
export abstract class CycleStreamCommand<C extends CycleCommand = CycleCommand> extends Command<CommandOutcome> {
  constructor(
    readonly command: C,
    readonly correlationId: string,
  ) {
    super();
  }
}

/** What a caller states for a cycle command: everything but its type, which the use case's class gives. */
export type CycleCommandFields<C extends CycleCommand> = Omit<C, 'type'>;
