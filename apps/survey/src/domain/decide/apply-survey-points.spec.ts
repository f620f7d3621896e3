import { given } from '@par/testing';
import { campaignDecider } from '../campaign.decide';
import { apply, BATCH_1, BATCH_2, batchAccepted, campaignOpened, leafPoints, pointsApplied } from '../testing/campaign.fixtures';

const sipasPoints = [leafPoints('so-tu-phap', '3.5', '0.86', '85.79'), leafPoints('so-tu-phap', '8.5', '1.72', '85.79')];

describe('ApplySurveyPoints: survey-held leaves receive their points from the indices', () => {
  it('records one SurveyPointsApplied per unit and leaf, with the index and the batches it rests on', () =>
    given(campaignDecider, campaignOpened(), batchAccepted())
      .when(apply(sipasPoints))
      .then(pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'), pointsApplied('so-tu-phap', '8.5', '1.72', '85.79')));

  it('applies nothing when applied again with the same indices', () =>
    given(
      campaignDecider,
      campaignOpened(),
      batchAccepted(),
      pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'),
      pointsApplied('so-tu-phap', '8.5', '1.72', '85.79'),
    )
      .when(apply(sipasPoints))
      .then());

  it('after a late batch, records the new value as a new event and keeps the old one in the history', () =>
    given(campaignDecider, campaignOpened(), batchAccepted(), pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'), batchAccepted(BATCH_2))
      .when(apply([leafPoints('so-tu-phap', '3.5', '0.80', '80.00')], [BATCH_1, BATCH_2]))
      .then(pointsApplied('so-tu-phap', '3.5', '0.80', '80.00', [BATCH_1, BATCH_2])));

  it('records only the leaves whose points moved', () =>
    given(campaignDecider, campaignOpened(), batchAccepted(), pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'))
      .when(apply(sipasPoints))
      .then(pointsApplied('so-tu-phap', '8.5', '1.72', '85.79')));

  it('refuses before any responses were imported (NO_RESPONSES)', () =>
    given(campaignDecider, campaignOpened()).when(apply(sipasPoints)).thenRejects('NO_RESPONSES'));

  it('refuses indices computed over a batch the campaign never recorded (BATCH_UNKNOWN)', () =>
    given(campaignDecider, campaignOpened(), batchAccepted())
      .when(apply(sipasPoints, [BATCH_2]))
      .thenRejects('BATCH_UNKNOWN'));

  it('refuses points for a criterion the campaign does not score (CRITERION_NOT_SCORED)', () =>
    given(campaignDecider, campaignOpened(), batchAccepted())
      .when(apply([leafPoints('so-tu-phap', '1.1', '1.00', '100.00')]))
      .thenRejects('CRITERION_NOT_SCORED'));

  it('refuses the same unit and leaf twice in one apply (POINTS_DUPLICATE)', () =>
    given(campaignDecider, campaignOpened(), batchAccepted())
      .when(apply([sipasPoints[0], sipasPoints[0]]))
      .thenRejects('POINTS_DUPLICATE'));

  it('refuses to apply for a campaign never opened (CAMPAIGN_NOT_FOUND)', () =>
    given(campaignDecider).when(apply(sipasPoints)).thenRejects('CAMPAIGN_NOT_FOUND'));
});
