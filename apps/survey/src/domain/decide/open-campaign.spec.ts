import { given } from '@par/testing';
import { campaignDecider } from '../campaign.decide';
import { campaignOpened, demoCatalogue, openCampaign, reporter, sipasFile } from '../testing/campaign.fixtures';

describe('OpenCampaign: the province opens a survey of a cycle', () => {
  it('opens a SIPAS campaign with its questionnaire and the survey-held leaves it scores', () =>
    given(campaignDecider).when(openCampaign()).then(campaignOpened()));

  it('records the satisfied answers in ascending order, whatever order the file gave', () =>
    given(campaignDecider)
      .when(openCampaign({ campaign: sipasFile((json) => void (json.questionnaire.scale.satisfied = [5, 4])) }))
      .then(campaignOpened()));

  it('changes nothing when the same file is imported again', () => given(campaignDecider, campaignOpened()).when(openCampaign()).then());

  it('refuses another questionnaire under the same id: a new version is a new campaign id (CAMPAIGN_EXISTS)', () =>
    given(campaignDecider, campaignOpened())
      .when(openCampaign({ campaign: sipasFile((json) => void (json.questionnaire.version = 2)) }))
      .thenRejects('CAMPAIGN_EXISTS'));

  it('refuses other scoring under the same id (CAMPAIGN_EXISTS)', () =>
    given(campaignDecider, campaignOpened())
      .when(openCampaign({ campaign: sipasFile((json) => void json.scoring.pop()) }))
      .thenRejects('CAMPAIGN_EXISTS'));

  it('refuses a SIPAS campaign for a cycle that does not exist (CYCLE_UNKNOWN)', () =>
    given(campaignDecider)
      .when(openCampaign({ catalogue: demoCatalogue({ cycleExists: false }) }))
      .thenRejects('CYCLE_UNKNOWN'));

  it('refuses a scoring group the cycle does not have (GROUP_UNKNOWN), naming the entry', () => {
    const command = openCampaign({ campaign: sipasFile((json) => void json.scoring.push({ criterion: '3.7', group: 'communes' })) });
    expect(() => campaignDecider.decide(command, campaignDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'GROUP_UNKNOWN', field: 'scoring[criterion=3.7,group=communes].group' }),
    );
  });

  it('refuses a criterion that is not a survey-held leaf of the group set (CRITERION_NOT_SURVEY_HELD)', () => {
    // 3.7 is the districts' survey leaf, not the departments'.
    const command = openCampaign({ campaign: sipasFile((json) => void json.scoring.push({ criterion: '3.7', group: 'departments' })) });
    expect(() => campaignDecider.decide(command, campaignDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'CRITERION_NOT_SURVEY_HELD', field: 'scoring[criterion=3.7,group=departments].criterion' }),
    );
  });

  it('refuses a self-assessed leaf scored by survey (CRITERION_NOT_SURVEY_HELD)', () =>
    given(campaignDecider)
      .when(
        openCampaign({
          catalogue: demoCatalogue({
            groups: new Map([
              ['departments', new Set(['3.5'])],
              ['districts', new Set(['3.7'])],
            ]),
          }),
        }),
      )
      .thenRejects('CRITERION_NOT_SURVEY_HELD'));

  it('opens a campaign that scores nothing (indices only)', () =>
    given(campaignDecider)
      .when(openCampaign({ campaign: sipasFile((json) => void (json.scoring = [])) }))
      .thenMatches({ type: 'CampaignOpened', data: { scoring: [] } }));

  it('lets only the province admin open a campaign (ROLE_NOT_ALLOWED)', () =>
    given(campaignDecider)
      .when(openCampaign({ actor: reporter }))
      .thenRejects('ROLE_NOT_ALLOWED'));
});
