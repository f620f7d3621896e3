import type { SurveyEvent } from '@par/contracts';
import type { Decider } from '@par/event-store';
import type { CampaignCommand } from './campaign.commands';
import { CampaignState, evolve, initialCampaignState } from './campaign.state';
import { applySurveyPoints } from './decide/apply-survey-points';
import { openCampaign } from './decide/open-campaign';
import { recordResponsesBatch } from './decide/record-responses-batch';
import { recordPublishedResults } from './decide/record-published-results';

/** The events a command decides, or a thrown SurveyError. An empty list: the command changes nothing. */
export function decide(command: CampaignCommand, state: CampaignState): SurveyEvent[] {
  switch (command.type) {
    case 'OpenCampaign':
      return openCampaign(command, state);
    case 'RecordResponsesBatch':
      return recordResponsesBatch(command, state);
    case 'ApplySurveyPoints':
      return applySurveyPoints(command, state);
    case 'RecordPublishedResults':
      return recordPublishedResults(command, state);
  }
}

/** The Campaign aggregate (stream `campaign:<campaignId>`). */
export const campaignDecider: Decider<CampaignCommand, SurveyEvent, CampaignState> = {
  initialState: initialCampaignState,
  decide,
  evolve,
};
