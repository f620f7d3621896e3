import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { CommandOrigin, IssuedCommand } from '../../infrastructure/campaign-log';

/**
 * Records a province's published PAPI or DGI figures of one year from a `par-published-index/1` file (parsed
 * JSON, not yet checked). The stream's version after it is the year's revision: one event per revision.
 */
export class RecordPublishedIndexCommand extends Command<IssuedCommand> {
  constructor(
    readonly file: unknown,
    readonly actor: Actor,
    /** Required when the year is already recorded with other figures (a correction). */
    readonly reason?: string,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
