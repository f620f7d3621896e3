import { sipas2025CampaignFile } from '../campaign/sipas-2025.fixture';
import { InvalidSurveyEventError, parseSurveyEvent } from '.';

const campaign = sipas2025CampaignFile();
const opened = (scoring: unknown) => ({
  campaignId: 'xhh-2025',
  cycleId: 'demo-2025',
  kind: 'SOCIOLOGICAL',
  title: 'Điều tra xã hội học đánh giá công tác cải cách hành chính năm 2025',
  questionnaireVersion: 1,
  questionnaire: { scale: campaign.questionnaire.scale, aspects: campaign.questionnaire.aspects },
  scoring,
});

describe('CampaignOpened: a scoring entry may name an aspect', () => {
  it('carries the aspect of an entry scored on one block of questions', () => {
    const data = opened([
      { criterion: '2.5', group: 'departments', aspect: 'TT' },
      { criterion: '5.5', group: 'departments', aspect: 'CC' },
    ]);
    expect(parseSurveyEvent('CampaignOpened', 1, data)).toEqual({ type: 'CampaignOpened', schemaVersion: 1, data });
  });

  it('still reads the campaigns recorded before the aspect existed: their entries have none', () => {
    const parsed = parseSurveyEvent('CampaignOpened', 1, opened([{ criterion: '3.5', group: 'departments' }]));
    expect(parsed.type === 'CampaignOpened' && parsed.data.scoring).toEqual([{ criterion: '3.5', group: 'departments' }]);
  });

  it('refuses an empty aspect, naming the field', () => {
    expect(() => parseSurveyEvent('CampaignOpened', 1, opened([{ criterion: '2.5', group: 'departments', aspect: '' }]))).toThrow(
      expect.objectContaining<Partial<InvalidSurveyEventError>>({ field: 'data.scoring.0.aspect' }),
    );
  });
});
