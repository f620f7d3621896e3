import { given } from '@par/testing';
import { campaignDecider } from '../campaign.decide';
import { BATCH_1, BATCH_2, batchAccepted, campaignOpened, recordBatch, reporter } from '../testing/campaign.fixtures';

describe('RecordResponsesBatch: a responses file was read and its rows stored', () => {
  it('accepts the batch under the file checksum, with its counts per unit', () =>
    given(campaignDecider, campaignOpened()).when(recordBatch()).then(batchAccepted()));

  it('records nothing for a file already recorded (the same checksum)', () =>
    given(campaignDecider, campaignOpened(), batchAccepted()).when(recordBatch()).then());

  it('accepts a second, different file as another batch', () =>
    given(campaignDecider, campaignOpened(), batchAccepted())
      .when(recordBatch({ batchId: BATCH_2 }))
      .then(batchAccepted(BATCH_2)));

  it('refuses responses to a campaign never opened (CAMPAIGN_NOT_FOUND)', () => given(campaignDecider).when(recordBatch()).thenRejects('CAMPAIGN_NOT_FOUND'));

  it.each([
    ['a batch id that is not a checksum', { batchId: 'responses.csv' }],
    ['more satisfied than given answers', { units: [{ unitId: 'so-tu-phap', respondents: 1, answers: 2, satisfied: 3 }], answers: 2 }],
    ['a unit listed twice', { units: [...recordBatch().units, recordBatch().units[0]] }],
    ['units whose answers do not add up to the batch', { answers: 289 }],
    ['a negative count', { rejected: -1 }],
  ])('refuses %s (BATCH_INVALID)', (_case, change) => given(campaignDecider, campaignOpened()).when(recordBatch(change)).thenRejects('BATCH_INVALID'));

  it('lets only the province admin import responses', () =>
    given(campaignDecider, campaignOpened())
      .when(recordBatch({ actor: reporter, batchId: BATCH_1 }))
      .thenRejects('ROLE_NOT_ALLOWED'));
});
