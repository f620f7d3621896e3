import { campaignStream } from './campaign.stream';
import { campaignOpened, pointsApplied } from './testing/campaign.fixtures';
import { campaignDecider } from './campaign.decide';

describe('the Campaign stream', () => {
  it('is campaign:<campaignId>', () => expect(campaignStream('sipas-2025')).toEqual({ streamId: 'campaign:sipas-2025' }));

  it('refuses to fold a stream that does not begin with CampaignOpened', () =>
    expect(() => campaignDecider.evolve(campaignDecider.initialState(), pointsApplied('so-tu-phap', '3.5', '0.86', '85.79'))).toThrow(/corrupt/));

  it('keeps the opened campaign as recorded', () =>
    expect(campaignDecider.evolve(campaignDecider.initialState(), campaignOpened())).toMatchObject({ status: 'open', batches: [] }));
});
