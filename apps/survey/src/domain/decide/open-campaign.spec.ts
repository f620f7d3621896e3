import { given } from '@par/testing';
import { campaignDecider } from '../campaign.decide';
import type { ScoringMethodData } from '@par/contracts';
import { campaignOpened, demoCatalogue, HUNDREDTHS, openCampaign, reporter, sipasFile } from '../testing/campaign.fixtures';

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
              ['departments', new Map([['3.5', HUNDREDTHS]])],
              ['districts', new Map([['3.7', HUNDREDTHS]])],
            ]),
          }),
        }),
      )
      .thenRejects('CRITERION_NOT_SURVEY_HELD'));

  it("carries the aspect a scoring entry names: that leaf takes the unit's index on the aspect alone", () =>
    given(campaignDecider)
      .when(openCampaign({ campaign: sipasFile((json) => void Object.assign(json.scoring[0], { aspect: 'TT' })) }))
      .thenMatches({
        type: 'CampaignOpened',
        data: {
          scoring: [
            { criterion: '3.5', group: 'departments', aspect: 'TT' },
            { criterion: '8.5', group: 'departments' },
            { criterion: '3.7', group: 'districts' },
          ],
        },
      }));

  describe('a survey-held leaf must be able to take the computed points (any value to the hundredth)', () => {
    const withMethod = (method: ScoringMethodData | null) =>
      openCampaign({
        catalogue: demoCatalogue({
          groups: new Map([
            [
              'departments',
              new Map([
                ['3.5', HUNDREDTHS],
                ['8.5', method],
              ]),
            ],
            ['districts', new Map([['3.7', HUNDREDTHS]])],
          ]),
        }),
      });

    it.each<[string, ScoringMethodData, string]>([
      ['a manual step of 0.25', { kind: 'manual', step: '0.25' }, 'manual with step 0.25'],
      ['bands of the on-time ratio', { kind: 'bands', bands: [{ minRatio: '0.9', points: '2.00' }] }, 'bands'],
      ['all or nothing', { kind: 'allOrNothing' }, 'allOrNothing'],
      ['a deduction per occurrence', { kind: 'deduction', perOccurrence: '0.50' }, 'deduction'],
    ])('refuses a leaf scored by %s (CRITERION_METHOD_INCOMPATIBLE), naming criterion, group and method', (_case, method, named) => {
      expect(() => campaignDecider.decide(withMethod(method), campaignDecider.initialState())).toThrow(
        expect.objectContaining({
          code: 'CRITERION_METHOD_INCOMPATIBLE',
          field: 'scoring[criterion=8.5,group=departments].criterion',
          message:
            `scoring[criterion=8.5,group=departments].criterion: leaf "8.5" of group "departments" is scored by the method ${named}, which cannot take ` +
            "the survey's points (maxPoints × index / 100, any value to the hundredth): only a manual method with step 0.01 can",
        }),
      );
    });

    it('opens with a manual step of 0.01', () => given(campaignDecider).when(withMethod(HUNDREDTHS)).then(campaignOpened()));

    it('opens when the catalogue does not know the method yet (a set projected before it kept methods)', () =>
      given(campaignDecider).when(withMethod(null)).then(campaignOpened()));
  });

  it('opens a campaign that scores nothing (indices only)', () =>
    given(campaignDecider)
      .when(openCampaign({ campaign: sipasFile((json) => void (json.scoring = [])) }))
      .thenMatches({ type: 'CampaignOpened', data: { scoring: [] } }));

  it('lets only the province admin open a campaign (ROLE_NOT_ALLOWED)', () =>
    given(campaignDecider)
      .when(openCampaign({ actor: reporter }))
      .thenRejects('ROLE_NOT_ALLOWED'));
});
