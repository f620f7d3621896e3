import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CampaignLog, type IssuedCommand } from '../infrastructure/campaign-log';
import { SurveyRuntime } from '../infrastructure/survey.runtime';
import { SurveyIndicesCalculator } from '../indices/survey-indices';
import { CycleCatalogueReader } from '../projections/cycle-catalogue/cycle-catalogue.reader';
import { ApplySurveyPointsCommand } from './apply-survey-points.command';
import { leafPointsOf } from './leaf-points';

/**
 * From the current indices to SurveyPointsApplied events. The indices count accepted batches as projected,
 * so the projection is first brought up to the log: points never rest on fewer batches than were recorded.
 */
@CommandHandler(ApplySurveyPointsCommand)
export class ApplySurveyPointsHandler implements ICommandHandler<ApplySurveyPointsCommand, IssuedCommand> {
  constructor(
    private readonly log: CampaignLog,
    private readonly indices: SurveyIndicesCalculator,
    private readonly catalogue: CycleCatalogueReader,
    private readonly runtime: SurveyRuntime,
  ) {}

  async execute({ campaignId, actor, origin }: ApplySurveyPointsCommand): Promise<IssuedCommand> {
    await this.runtime.campaignsCaughtUp();
    const indices = await this.indices.indicesOf(campaignId);
    const groups = [...new Set(indices.campaign.scoring.map((entry) => entry.group))];
    const [leaves, units] = await Promise.all([
      this.catalogue.surveyLeavesByGroup(indices.campaign.cycleId),
      this.catalogue.unitsOf(indices.campaign.cycleId, groups),
    ]);
    const points = leafPointsOf(indices, leaves, units);
    return this.log.issue(campaignId, { type: 'ApplySurveyPoints', actor, basis: indices.basis, points }, origin);
  }
}
