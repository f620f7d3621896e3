import type { Actor } from '@par/contracts';
import type { CampaignState, OpenedCampaign } from './campaign.state';
import { isOpen } from './campaign.state';
import { SurveyError } from './survey.errors';
import { echo } from '@par/contracts';

/** Surveys are run by the province (Sở Nội vụ): its admin opens campaigns, imports responses and applies points. */
export function requireProvinceAdmin(actor: Actor, action: string): void {
  if (actor.role !== 'PROVINCE_ADMIN') throw new SurveyError('ROLE_NOT_ALLOWED', `${actor.role} may not ${action}; allowed: PROVINCE_ADMIN`, 'actor.role');
}

export function requireOpen(state: CampaignState): OpenedCampaign {
  if (state.status === 'recorded') {
    throw new SurveyError(
      'CAMPAIGN_RECORDED',
      `Campaign ${echo(state.campaign.campaignId)} was recorded from a cycle file's published results: it takes no responses and applies no indices`,
      'campaignId',
    );
  }
  if (!isOpen(state)) throw new SurveyError('CAMPAIGN_NOT_FOUND', 'The campaign has not been opened: import its campaign file first', 'campaignId');
  return state;
}
