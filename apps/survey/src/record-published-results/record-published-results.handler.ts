import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CampaignLog, type IssuedCommand } from '../infrastructure/campaign-log';
import { RecordPublishedResultsCommand } from './record-published-results.command';

/** Decides RecordPublishedResults on the campaign's stream (the import builds it over its staged log). */
@CommandHandler(RecordPublishedResultsCommand)
export class RecordPublishedResultsHandler implements ICommandHandler<RecordPublishedResultsCommand, IssuedCommand> {
  constructor(private readonly log: CampaignLog) {}

  execute({ campaign, points, actor, origin }: RecordPublishedResultsCommand): Promise<IssuedCommand> {
    return this.log.issue(campaign.campaignId, { type: 'RecordPublishedResults', actor, campaign, points }, origin);
  }
}
