import { given } from '@par/testing';
import { campaignDecider } from '../campaign.decide';
import { apply, batchAccepted, campaignOpened, openCampaign, pointsApplied, recordBatch, reporter } from '../testing/campaign.fixtures';
import { campaignRecorded, leafPoints, publishedApplied, recordPublished, sipas2022 } from '../testing/recorded-campaign.fixtures';

const published = [leafPoints('so-tu-phap', '3.5', '3.42', '85.50'), leafPoints('so-cong-thuong', '3.5', '3.10', '77.50')];

describe('RecordPublishedResults: a cycle file carries the survey results its decision published', () => {
  it('records the campaign, then each leaf value with no batch behind it', () =>
    given(campaignDecider)
      .when(recordPublished(published))
      .then(campaignRecorded(), publishedApplied('so-tu-phap', '3.5', '3.42', '85.50'), publishedApplied('so-cong-thuong', '3.5', '3.10', '77.50')));

  it('records nothing when the same file is imported again', () =>
    given(
      campaignDecider,
      campaignRecorded(),
      publishedApplied('so-tu-phap', '3.5', '3.42', '85.50'),
      publishedApplied('so-cong-thuong', '3.5', '3.10', '77.50'),
    )
      .when(recordPublished(published))
      .then());

  it('records a corrected value as a new event, keeping the old one in the history', () =>
    given(campaignDecider, campaignRecorded(), publishedApplied('so-tu-phap', '3.5', '3.42', '85.50'))
      .when(recordPublished([leafPoints('so-tu-phap', '3.5', '3.50', '87.50')]))
      .then(publishedApplied('so-tu-phap', '3.5', '3.50', '87.50')));

  it('refuses another header under the same campaign id (CAMPAIGN_EXISTS)', () =>
    given(campaignDecider, campaignRecorded())
      .when(recordPublished(published, { ...sipas2022, title: 'Khảo sát SIPAS 2022 (bổ sung)' }))
      .thenRejects('CAMPAIGN_EXISTS'));

  it('accepts an export of a campaign run here when it says what the campaign holds', () =>
    given(campaignDecider, campaignOpened(), batchAccepted(), pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'))
      .when(recordPublished([leafPoints('so-tu-phap', '3.5', '0.86', '85.79')], liveHeader()))
      .then());

  it('refuses other points for a campaign run here from its responses (CAMPAIGN_EXISTS)', () =>
    given(campaignDecider, campaignOpened(), batchAccepted(), pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'))
      .when(recordPublished([leafPoints('so-tu-phap', '3.5', '1.00', '100.00')], liveHeader()))
      .thenRejects('CAMPAIGN_EXISTS'));

  it('refuses a criterion the file does not list as scored (CRITERION_NOT_SCORED)', () =>
    given(campaignDecider)
      .when(recordPublished([leafPoints('so-tu-phap', '1.1', '1.00', '100.00')]))
      .thenRejects('CRITERION_NOT_SCORED'));

  it('refuses the same unit and leaf twice (POINTS_DUPLICATE)', () =>
    given(campaignDecider)
      .when(recordPublished([published[0], published[0]]))
      .thenRejects('POINTS_DUPLICATE'));

  it('is for the province admin alone (ROLE_NOT_ALLOWED)', () =>
    given(campaignDecider)
      .when({ ...recordPublished(published), actor: reporter })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('a recorded campaign cannot be opened again from a campaign file (CAMPAIGN_EXISTS)', () =>
    given(campaignDecider, campaignRecorded()).when(openCampaign()).thenRejects('CAMPAIGN_EXISTS'));

  it('a recorded campaign takes no responses and applies no indices (CAMPAIGN_RECORDED)', async () => {
    await given(campaignDecider, campaignRecorded()).when(recordBatch()).thenRejects('CAMPAIGN_RECORDED');
    await given(campaignDecider, campaignRecorded()).when(apply(published)).thenRejects('CAMPAIGN_RECORDED');
  });
});

function liveHeader() {
  const { campaignId, cycleId, kind, title } = campaignOpened().data;
  return { campaignId, cycleId, kind, title, scoring: [{ criterion: '3.5', group: 'departments' }] };
}
