import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { CommandOrigin, IssuedCommand } from '../infrastructure/campaign-log';

/** Records the points the campaign's current indices give each scored leaf of each unit with answers. */
export class ApplySurveyPointsCommand extends Command<IssuedCommand> {
  constructor(
    readonly campaignId: string,
    readonly actor: Actor,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
