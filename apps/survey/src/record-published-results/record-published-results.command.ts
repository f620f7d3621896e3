import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { ComputedLeafPoints, RecordedCampaignData } from '../domain';
import type { CommandOrigin, IssuedCommand } from '../infrastructure/campaign-log';

/**
 * A cycle file's published results of one campaign (its `surveys` section), recorded as the file gives them. Issued
 * by the cycle import alone: no transport adapter takes it, as none takes a live score marked from a published record.
 */
export class RecordPublishedResultsCommand extends Command<IssuedCommand> {
  constructor(
    readonly campaign: RecordedCampaignData,
    readonly points: readonly ComputedLeafPoints[],
    readonly actor: Actor,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
