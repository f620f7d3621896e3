import type { CriterionNodeData, ThresholdData } from '@par/contracts';
import { PROVINCIAL_THRESHOLDS } from '@par/contracts/testing';
import { computeRankingResults } from './compute-ranking-results';
import type { CycleResultsInput, UnitInput } from './results-input';

const manual = (maxPoints: string, step: string) => ({ maxPoints, method: { kind: 'manual' as const, step } });

/** The worked example's criteria plus 1.3, held for the sociological survey, as the read model stores them. */
const criteria: CriterionNodeData[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC ban hành đúng hạn', maxPoints: '1.00', method: { kind: 'allOrNothing' }, source: 'self' },
      { code: '1.3', title: 'Điều tra xã hội học', ...manual('2.50', '0.01'), source: 'survey' },
    ],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [
      {
        code: '3.2',
        title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        maxPoints: '2.00',
        method: {
          kind: 'bands',
          bands: [
            { minRatio: '1', points: '2.00' },
            { minRatio: '0.95', points: '1.00' },
          ],
        },
        source: 'system',
      },
    ],
  },
  { code: '6', title: 'Cải cách tài chính công', children: [{ code: '6.4', title: 'Dự án PPP', ...manual('1.00', '0.25'), source: 'self' }] },
  {
    code: '7',
    title: 'Xây dựng chính quyền điện tử',
    children: [{ code: '7.3', title: 'Tỷ lệ thanh toán trực tuyến', ...manual('1.50', '0.25'), source: 'self' }],
  },
];

/** Department X of DOMAIN.md, finalized: 1.3 was never scored by the unit, so the appraisal holds 0.00. */
const departmentX: UnitInput = {
  unitId: 'so-x',
  name: 'Sở X',
  groupId: 'departments',
  selfScores: [
    { criterion: '1.1', points: '1.00' },
    { criterion: '3.2', points: '2.00' },
    { criterion: '7.3', points: '1.50' },
  ],
  notApplicable: [],
  finalValues: [
    { criterion: '1.1', points: '1.00' },
    { criterion: '1.3', points: '0.00' },
    { criterion: '3.2', points: '1.00' },
    { criterion: '6.4', points: null },
    { criterion: '7.3', points: '1.50' },
  ],
  bonus: [],
  deductions: ['0.50'],
};

function resultOf(unit: UnitInput) {
  const input: CycleResultsInput = {
    cycleId: 'demo-2025',
    thresholds: PROVINCIAL_THRESHOLDS as ThresholdData[],
    groups: [{ groupId: 'departments', thresholds: null, criteria }],
    units: [unit],
  };
  return computeRankingResults(input).groups[0].results[0];
}

describe('computeRankingResults with a survey-held leaf', () => {
  it("before any survey value, the appraisal's value stands: 3.00 / 7.00", () => {
    expect(resultOf(departmentX)).toMatchObject({ appraisedTotal: '3.00', applicableMax: '7.00', index: '42.86', class: 'YEU' });
  });

  it("the survey's points replace the appraisal's: 1.3 at 2.04 makes 5.04 / 7.00 = 72.00 (Khá)", () => {
    const surveyed = { ...departmentX, surveyValues: [{ criterion: '1.3', points: '2.04' }] };
    expect(resultOf(surveyed)).toMatchObject({ selfTotal: '4.50', appraisedTotal: '5.04', applicableMax: '7.00', index: '72.00', class: 'KHA' });
  });

  it('gives the same result whether or not the appraisal listed the leaf (survey before or after the finalization)', () => {
    const beforeFinalization = {
      ...departmentX,
      finalValues: departmentX.finalValues.filter((value) => value.criterion !== '1.3'),
      surveyValues: [{ criterion: '1.3', points: '2.04' }],
    };
    expect(resultOf(beforeFinalization)).toEqual(resultOf({ ...departmentX, surveyValues: [{ criterion: '1.3', points: '2.04' }] }));
  });

  it('holds the leaf for the survey even where the appraisal marked it not applicable', () => {
    const markedNotApplicable = {
      ...departmentX,
      finalValues: departmentX.finalValues.map((value) => (value.criterion === '1.3' ? { criterion: '1.3', points: null } : value)),
      surveyValues: [{ criterion: '1.3', points: '2.04' }],
    };
    expect(resultOf(markedNotApplicable)).toMatchObject({ appraisedTotal: '5.04', applicableMax: '7.00' });
  });

  it('leaves out a survey value of a leaf set up as not applicable, and of a leaf no longer in the set', () => {
    const notApplicable = {
      ...departmentX,
      notApplicable: ['1.3'],
      surveyValues: [
        { criterion: '1.3', points: '2.04' },
        { criterion: '9.9', points: '1.00' },
      ],
    };
    expect(resultOf(notApplicable)).toMatchObject({ appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67' });
  });
});
