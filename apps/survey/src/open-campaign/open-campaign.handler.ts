import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { parseCampaignFile } from '@par/contracts';
import { SurveyError } from '../domain';
import { CampaignLog, type IssuedCommand } from '../infrastructure/campaign-log';
import { CycleCatalogueReader } from '../projections/cycle-catalogue/cycle-catalogue.reader';
import { OpenCampaignCommand } from './open-campaign.command';

/** Problems of a campaign file listed in the refusal; a file with more says how many more. */
const MAX_PROBLEMS_LISTED = 50;

/** Checks the file, reads what the catalogue knows of its cycle, and decides OpenCampaign on both. */
@CommandHandler(OpenCampaignCommand)
export class OpenCampaignHandler implements ICommandHandler<OpenCampaignCommand, IssuedCommand> {
  constructor(
    private readonly log: CampaignLog,
    private readonly catalogue: CycleCatalogueReader,
  ) {}

  async execute({ file, actor, origin }: OpenCampaignCommand): Promise<IssuedCommand> {
    const parsed = parseCampaignFile(file);
    if (!parsed.ok) {
      const problems = parsed.errors.map((error) => error.message);
      const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
      if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`);
      throw new SurveyError(
        'CAMPAIGN_FILE_INVALID',
        `The campaign file has ${problems.length} problem(s), nothing was opened: ${problems[0]}`,
        parsed.errors[0].field,
        listed,
      );
    }
    const campaign = parsed.value;
    const catalogue = await this.catalogue.factsOf(campaign.campaign.cycle);
    return this.log.issue(campaign.campaign.id, { type: 'OpenCampaign', actor, campaign, catalogue }, origin);
  }
}
