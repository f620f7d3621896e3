import type { SurveyEvent, SurveyEventOf } from '@par/contracts';
import type { ComputedLeafPoints, RecordPublishedResults } from '../campaign.commands';
import type { RecordedCampaignData } from '../campaign.state';
import { admin, leafPoints } from './campaign.fixtures';

// SIPAS 2022 of a past cycle, known only from the cycle file the province migrated (its `surveys` section).

export const sipas2022: RecordedCampaignData = {
  campaignId: 'sipas-2022',
  cycleId: 'an-binh-2022',
  kind: 'SIPAS',
  title: 'Khảo sát SIPAS 2022',
  scoring: [{ criterion: '3.5', group: 'departments' }],
};

export function recordPublished(points: readonly ComputedLeafPoints[], campaign: RecordedCampaignData = sipas2022): RecordPublishedResults {
  return { type: 'RecordPublishedResults', actor: admin, campaign, points };
}

export function campaignRecorded(campaign: RecordedCampaignData = sipas2022): SurveyEventOf<'CampaignRecorded'> {
  return { type: 'CampaignRecorded', schemaVersion: 1, data: campaign };
}

/** A published value: no batch behind it (leafPoints' 10 respondents and 190 answers). */
export function publishedApplied(unitId: string, criterion: string, points: string, index: string, campaign = sipas2022): SurveyEvent {
  const { campaignId, cycleId } = campaign;
  return {
    type: 'SurveyPointsApplied',
    schemaVersion: 1,
    data: { campaignId, cycleId, unitId, criterion, points, index, respondents: 10, answers: 190, basis: [] },
  };
}

export { leafPoints };
