import { Points, summarizeSurvey, unwrap } from '@par/domain';
import type { SurveyIndices } from '../indices/survey-indices';
import type { SurveyLeaves } from '../projections/cycle-catalogue/cycle-catalogue.reader';
import { sociological2025CampaignFile } from '../testing';
import { leafPointsOf } from './leaf-points';

const file = sociological2025CampaignFile();
const hundredths = { kind: 'manual', step: '0.01' } as const;
const leaf = (maxPoints: string) => ({ maxPoints: Points.of(maxPoints), method: hundredths });

/** The departments' sociological leaves: 2.5 on the legal documents (VB), 5.5 on the civil service (CV), and 3.5 (SIPAS) on the whole. */
const leaves = new Map<string, SurveyLeaves>([
  [
    'departments',
    new Map([
      ['2.5', leaf('2.50')],
      ['5.5', leaf('4.00')],
      ['3.5', leaf('1.00')],
    ]),
  ],
]);
const groupOfUnit = new Map([
  ['so-tu-phap', 'departments'],
  ['so-y-te', 'departments'],
]);

/**
 * Sở Tư pháp: 40 answers of 12 leaders on the legal documents (30 satisfied, 75.00), 90 of 30 people on the civil
 * service (81 satisfied, 90.00); Sở Y tế: no answer on the legal documents, 30 of 10 citizens on the civil service.
 */
function indices(scoring: { criterion: string; group: string; aspect?: string }[]): SurveyIndices {
  const counts = {
    aspects: ['VB', 'TC', 'CV'],
    units: [
      {
        unit: 'so-tu-phap',
        respondents: 30,
        aspects: [
          { code: 'VB', answers: 40, satisfied: 30 },
          { code: 'CV', answers: 90, satisfied: 81 },
        ],
      },
      { unit: 'so-y-te', respondents: 10, aspects: [{ code: 'CV', answers: 30, satisfied: 15 }] },
    ],
  };
  return {
    campaign: {
      campaignId: 'xhh-2025',
      cycleId: 'demo-2025',
      kind: 'SOCIOLOGICAL',
      title: file.campaign.title,
      questionnaireVersion: 1,
      questionnaire: file.questionnaire,
      scoring,
      sampling: null,
    },
    basis: [`sha256:${'c'.repeat(64)}`],
    summary: unwrap(summarizeSurvey(counts)),
    aspectRespondents: new Map([
      [
        'so-tu-phap',
        new Map([
          ['VB', 12],
          ['CV', 30],
        ]),
      ],
      ['so-y-te', new Map([['CV', 10]])],
    ]),
  };
}

const shown = (points: ReturnType<typeof leafPointsOf>) =>
  points.map(({ unitId, criterion, points: value, index, respondents, answers }) => [
    unitId,
    criterion,
    value.toString(),
    index.toString(),
    respondents,
    answers,
  ]);

describe('leaf points: a scoring entry naming an aspect takes the unit’s index on that aspect', () => {
  it("gives maxPoints × the aspect's index / 100, with the aspect's respondents and answers", () => {
    expect(shown(leafPointsOf(indices([{ criterion: '2.5', group: 'departments', aspect: 'VB' }]), leaves, groupOfUnit))).toEqual([
      ['so-tu-phap', '2.5', '1.88', '75.00', 12, 40],
    ]);
  });

  it('gives no points to a unit without answers on the aspect, though it has answers on others', () => {
    expect(shown(leafPointsOf(indices([{ criterion: '5.5', group: 'departments', aspect: 'CV' }]), leaves, groupOfUnit))).toEqual([
      ['so-tu-phap', '5.5', '3.60', '90.00', 30, 90],
      ['so-y-te', '5.5', '2.00', '50.00', 10, 30],
    ]);
  });

  it("without an aspect, keeps the unit's overall index, respondents and answers", () => {
    expect(shown(leafPointsOf(indices([{ criterion: '3.5', group: 'departments' }]), leaves, groupOfUnit))).toEqual([
      ['so-tu-phap', '3.5', '0.85', '85.38', 30, 130],
      ['so-y-te', '3.5', '0.50', '50.00', 10, 30],
    ]);
  });
});
