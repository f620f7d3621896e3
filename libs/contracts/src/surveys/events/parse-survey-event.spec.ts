import { sipas2025CampaignFile } from '../campaign/sipas-2025.fixture';
import { InvalidSurveyEventError, parseSurveyEvent, SurveyEventTypes, surveyEventSchemas } from '.';

const campaign = sipas2025CampaignFile();
const opened = {
  campaignId: 'sipas-2025',
  cycleId: 'demo-2025',
  kind: 'SIPAS',
  title: campaign.campaign.title,
  questionnaireVersion: 1,
  questionnaire: { scale: campaign.questionnaire.scale, aspects: campaign.questionnaire.aspects },
  scoring: campaign.scoring,
};
const batch = {
  campaignId: 'sipas-2025',
  batchId: 'batch-2025-11-20-01',
  checksum: `sha256:${'ab'.repeat(32)}`,
  rows: 1_840,
  answers: 1_796,
  respondents: 92,
  rejected: 3,
  units: [
    { unitId: 'so-tu-phap', respondents: 48, answers: 940, satisfied: 822 },
    { unitId: 'tp-an-binh', respondents: 44, answers: 856, satisfied: 701 },
  ],
};
const applied = {
  campaignId: 'sipas-2025',
  cycleId: 'demo-2025',
  unitId: 'so-tu-phap',
  criterion: '3.5',
  points: '3.50',
  index: '87.45',
  respondents: 48,
  answers: 940,
  basis: ['batch-2025-11-20-01'],
};

/** A campaign of a past cycle, known from the cycle file's published results alone. */
const recorded = {
  campaignId: 'sipas-2022',
  cycleId: 'an-binh-2022',
  kind: 'SIPAS',
  title: 'Khảo sát SIPAS 2022',
  scoring: [{ criterion: '3.5', group: 'departments' }],
};

function rejection(type: string, schemaVersion: number, data: unknown): InvalidSurveyEventError {
  try {
    parseSurveyEvent(type, schemaVersion, data);
  } catch (error) {
    if (error instanceof InvalidSurveyEventError) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}

describe('parseSurveyEvent', () => {
  it.each<[string, unknown]>([
    ['CampaignOpened', opened],
    ['ResponsesBatchAccepted', batch],
    ['SurveyPointsApplied', applied],
    ['CampaignRecorded', recorded],
    ['SurveyPointsApplied', { ...applied, basis: [] }],
  ])('returns the typed %s for valid data', (type, data) => {
    expect(parseSurveyEvent(type, 1, data)).toEqual({ type, schemaVersion: 1, data });
  });

  it.each<[string, string, number, unknown, string]>([
    ['an unknown type', 'SurveyClosed', 1, applied, 'type'],
    ['a schema version it does not know', 'SurveyPointsApplied', 2, applied, 'schemaVersion'],
    ['a campaign without id', 'CampaignOpened', 1, { ...opened, campaignId: ' ' }, 'data.campaignId'],
    ['a kind of survey it does not know', 'CampaignOpened', 1, { ...opened, kind: 'PCI' }, 'data.kind'],
    [
      'a questionnaire without aspects',
      'CampaignOpened',
      1,
      { ...opened, questionnaire: { ...opened.questionnaire, aspects: [] } },
      'data.questionnaire.aspects',
    ],
    ['a checksum that is not sha256', 'ResponsesBatchAccepted', 1, { ...batch, checksum: 'md5:0cc175b9c0f1b6a831c399e269772661' }, 'data.checksum'],
    [
      'more satisfied answers than answers',
      'ResponsesBatchAccepted',
      1,
      { ...batch, units: [{ unitId: 'so-tu-phap', respondents: 48, answers: 940, satisfied: 941 }] },
      'data.units.0.satisfied',
    ],
    ['a negative count', 'ResponsesBatchAccepted', 1, { ...batch, rejected: -1 }, 'data.rejected'],
    ['points without exactly 2 places', 'SurveyPointsApplied', 1, { ...applied, points: '3.5' }, 'data.points'],
    ['an index above 100', 'SurveyPointsApplied', 1, { ...applied, index: '100.01' }, 'data.index'],
    ['a recorded campaign without scoring', 'CampaignRecorded', 1, { ...recorded, scoring: undefined }, 'data.scoring'],
  ])('rejects %s and names the field', (_case, type, schemaVersion, data, field) => {
    const error = rejection(type, schemaVersion, data);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('does not echo a long unknown type back', () => {
    expect(rejection('X'.repeat(5_000), 1, applied).message.length).toBeLessThan(150);
  });
});

describe('survey event type names', () => {
  it('are their own constants, each with a schema', () => {
    expect(Object.entries(SurveyEventTypes).every(([key, value]) => key === value)).toBe(true);
    expect(Object.keys(surveyEventSchemas).sort()).toEqual(Object.values(SurveyEventTypes).sort());
  });
});
