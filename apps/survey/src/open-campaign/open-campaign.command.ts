import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { CommandOrigin, IssuedCommand } from '../infrastructure/campaign-log';

/** Opens the campaign a `par-survey/1` campaign file describes (the file as parsed JSON, not yet checked). */
export class OpenCampaignCommand extends Command<IssuedCommand> {
  constructor(
    readonly file: unknown,
    readonly actor: Actor,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
