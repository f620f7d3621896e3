import { Injectable } from '@nestjs/common';
import { summarizeSurvey, type SurveySummary } from '@par/domain';
import { SurveyError } from '../domain';
import { type CampaignView, CampaignsReader } from '../projections/campaigns/campaigns.reader';
import { AnswerCountsReader, type AspectRespondents } from './answer-counts.reader';

/** A campaign's indices as they stand: per unit and overall, and the batches they were computed over. */
export interface SurveyIndices {
  readonly campaign: CampaignView;
  readonly basis: readonly string[];
  readonly summary: SurveySummary;
  /** Each unit's respondents per aspect (the summary gives them per unit only): for a leaf scored on one aspect. */
  readonly aspectRespondents: AspectRespondents;
}

/** The one computation of a campaign's indices, shared by the results query and the apply use case. */
@Injectable()
export class SurveyIndicesCalculator {
  constructor(
    private readonly campaigns: CampaignsReader,
    private readonly counts: AnswerCountsReader,
  ) {}

  async indicesOf(campaignId: string): Promise<SurveyIndices> {
    const campaign = await this.campaigns.campaign(campaignId);
    if (!campaign && (await this.campaigns.isRecorded(campaignId))) {
      throw new SurveyError(
        'CAMPAIGN_RECORDED',
        "The campaign was recorded from a cycle file: it has no responses to compute indices from; its points are in the cycle's results and audit",
        'campaignId',
      );
    }
    if (!campaign) throw new SurveyError('CAMPAIGN_NOT_FOUND', 'No such campaign: import its campaign file first', 'campaignId');
    const { basis, counts, aspectRespondents } = await this.counts.countsOf(campaignId, campaign.questionnaire);
    const summary = summarizeSurvey(counts);
    // The counts come from our own SQL: a refusal here is a bug, not bad input.
    if (!summary.ok) throw new Error(`survey counts of ${campaignId} are inconsistent: ${summary.errors.map((error) => error.message).join('; ')}`);
    return { campaign, basis, summary: summary.value, aspectRespondents };
  }
}
