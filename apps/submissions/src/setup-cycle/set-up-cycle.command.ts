import { Command } from '@nestjs/cqrs';
import type { CycleCommand } from '../domain/cycle/cycle.commands';
import type { CommandOutcome } from '../infrastructure/command-outcome';

/** Any cycle setup command (create, groups, sets, units, applicability, deadlines, open, correct, close). */
export class SetUpCycle extends Command<CommandOutcome> {
  constructor(
    readonly command: CycleCommand,
    readonly correlationId: string,
  ) {
    super();
  }
}
