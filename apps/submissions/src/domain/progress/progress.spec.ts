import { Points } from '@par/domain';
import type { CriterionNodeData } from '../contracts';
import { treeFromData } from '../shared/criteria-data';
import { departmentsLeaves } from '../testing/criteria.fixture';
import { computeProgress } from './progress';

/** Sở Tư pháp: 1.1 (max 1), 1.2 (max 2), 1.3 survey (max 2.5); 6.4 not applicable. */
const soTuPhap = { leaves: departmentsLeaves, notApplicable: ['6.4'] };

const manual = { kind: 'manual', step: '0.01' } as const;
/** DOMAIN's example at full size: 66.50 applicable, of which 3.5 (SIPAS, 4.00) and 3.6 (sociological survey, 2.00) are the survey's. */
const yearLeaves = treeFromData([
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành',
    children: [{ code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '10.00', method: manual, source: 'self' }],
  },
  { code: '2', title: 'Cải cách thể chế', children: [{ code: '2.1', title: 'Văn bản QPPL', maxPoints: '20.00', method: manual, source: 'self' }] },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [
      { code: '3.1', title: 'Giải quyết hồ sơ đúng hạn', maxPoints: '30.50', method: manual, source: 'self' },
      { code: '3.5', title: 'Mức độ hài lòng (SIPAS)', maxPoints: '4.00', method: manual, source: 'survey' },
      { code: '3.6', title: 'Điều tra xã hội học', maxPoints: '2.00', method: manual, source: 'survey' },
    ],
  },
  { code: '6', title: 'Cải cách tài chính công', children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: '1.00', method: manual, source: 'self' }] },
] satisfies CriterionNodeData[]).leaves();

/** 9.50 + 17.25 + 24.64 = 51.39 self points; 6.4 not applicable; the unit expects 18.5 % of what the survey holds (6.00 × 0.185 = 1.11). */
const soTuPhapYear = {
  leaves: yearLeaves,
  notApplicable: ['6.4'],
  scores: [
    { criterion: '1.1', points: '9.50' },
    { criterion: '2.1', points: '17.25' },
    { criterion: '3.1', points: '24.64' },
  ],
  expectedSurveyRatio: '0.185',
};

describe('Progress during the year', () => {
  it('secured 1.75 of an applicable 5.50, with 2.50 held for the survey; the projection counts the survey at 0 by default', () =>
    expect(
      computeProgress({
        ...soTuPhap,
        scores: [
          { criterion: '1.1', points: '0.75' },
          { criterion: '1.2', points: '1.00' },
        ],
      }),
    ).toEqual({
      secured: '1.75',
      surveyHeld: '2.50',
      surveyGiven: '0.00',
      surveyPending: '2.50',
      applicableMax: '5.50',
      projected: '1.75',
    }));

  it('expecting 80 % of the survey points projects 1.75 + 2.00 = 3.75', () =>
    expect(
      computeProgress({
        ...soTuPhap,
        scores: [
          { criterion: '1.1', points: '0.75' },
          { criterion: '1.2', points: '1.00' },
        ],
        expectedSurveyRatio: 0.8,
      }).projected,
    ).toBe('3.75'));

  it('the survey share is rounded half-up to 2 places: 2.50 × 0.333 = 0.8325 → 0.83', () =>
    expect(computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: '0.333' }).projected).toBe('0.83'));

  it('a score on a leaf that is not applicable (or no longer in the set) secures nothing, and its max leaves the total', () =>
    expect(
      computeProgress({
        ...soTuPhap,
        scores: [
          { criterion: '6.4', points: '1.00' },
          { criterion: '1.9', points: '1.00' },
        ],
      }),
    ).toMatchObject({ secured: '0.00', applicableMax: '5.50' }));

  it('a self score typed on a survey-held leaf secures nothing: the survey, not the unit, scores 1.3', () =>
    expect(computeProgress({ ...soTuPhap, scores: [{ criterion: '1.3', points: '2.50' }] })).toMatchObject({ secured: '0.00', surveyPending: '2.50' }));

  it('with 6.4 applicable the max is 6.50', () =>
    expect(computeProgress({ leaves: departmentsLeaves, notApplicable: [], scores: [] }).applicableMax).toBe('6.50'));

  it('a survey-held leaf that is not applicable is neither held nor pending, and leaves the max', () =>
    expect(computeProgress({ leaves: departmentsLeaves, notApplicable: ['1.3'], scores: [], expectedSurveyRatio: 1 })).toEqual({
      secured: '0.00',
      surveyHeld: '0.00',
      surveyGiven: '0.00',
      surveyPending: '0.00',
      applicableMax: '4.00',
      projected: '0.00',
    }));

  it('an expected ratio of 1.2 → RATIO_OUT_OF_RANGE', () =>
    expect(() => computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: 1.2 })).toThrow(expect.objectContaining({ code: 'RATIO_OUT_OF_RANGE' })));

  it('an expected ratio of "tám mươi phần trăm" → RATIO_MALFORMED', () =>
    expect(() => computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: 'tám mươi phần trăm' })).toThrow(
      expect.objectContaining({ code: 'RATIO_MALFORMED' }),
    ));

  it('a ratio of 100 000 characters is refused quoting only its start', () => {
    const refusal = (() => {
      try {
        computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: 'x'.repeat(100_000) });
      } catch (error) {
        return error as { message: string; value: string };
      }
      throw new Error('expected a refusal');
    })();
    expect(refusal.message.length).toBeLessThan(120);
    expect(refusal.value.length).toBeLessThanOrEqual(41);
  });

  it('a malformed ratio is refused, naming the field, even when nothing is pending', () =>
    expect(() => computeProgress({ leaves: [], notApplicable: [], scores: [], expectedSurveyRatio: '-' })).toThrow(
      expect.objectContaining({ code: 'RATIO_MALFORMED', field: 'expectedSurveyRatio' }),
    ));
});

describe('Progress as the survey gives its points (DOMAIN step 2)', () => {
  it('before the survey: "51.39 of 66.50 so far; projected 52.50", the 6.00 the survey holds all pending', () =>
    expect(computeProgress(soTuPhapYear)).toEqual({
      secured: '51.39',
      surveyHeld: '6.00',
      surveyGiven: '0.00',
      surveyPending: '6.00',
      applicableMax: '66.50',
      projected: '52.50',
    }));

  it('no survey points given is the same as none applied yet', () =>
    expect(computeProgress({ ...soTuPhapYear, surveyPoints: [] })).toEqual(computeProgress(soTuPhapYear)));

  it('the survey gives 3.26 of the 4.00 of 3.5: secured 54.65, only 3.6 still pending; projected 54.65 + 2.00 × 0.185 = 55.02', () =>
    expect(computeProgress({ ...soTuPhapYear, surveyPoints: [{ criterion: '3.5', points: '3.26' }] })).toEqual({
      secured: '54.65',
      surveyHeld: '6.00',
      surveyGiven: '3.26',
      surveyPending: '2.00',
      applicableMax: '66.50',
      projected: '55.02',
    }));

  it('once every survey leaf has its points nothing is pending, and the projection is what is secured, whatever the ratio', () => {
    const surveyPoints = [
      { criterion: '3.5', points: '3.26' },
      { criterion: '3.6', points: '1.50' },
    ];
    for (const expectedSurveyRatio of ['0', '0.185', '1']) {
      expect(computeProgress({ ...soTuPhapYear, surveyPoints, expectedSurveyRatio })).toMatchObject({
        secured: '56.15',
        surveyGiven: '4.76',
        surveyPending: '0.00',
        projected: '56.15',
      });
    }
  });

  it('0.00 from the survey is points given: 3.5 leaves the pending, and the projection drops below the hope', () =>
    expect(computeProgress({ ...soTuPhapYear, surveyPoints: [{ criterion: '3.5', points: '0.00' }] })).toMatchObject({
      secured: '51.39',
      surveyGiven: '0.00',
      surveyPending: '2.00',
      projected: '51.76',
    }));

  it('survey points on a self-scored leaf, a leaf not applicable or a code not in the set are not the unit’s', () =>
    expect(
      computeProgress({
        ...soTuPhapYear,
        notApplicable: ['6.4', '3.6'],
        surveyPoints: [
          { criterion: '1.1', points: '10.00' },
          { criterion: '3.6', points: '2.00' },
          { criterion: '9.9', points: '1.00' },
        ],
      }),
    ).toEqual({ secured: '51.39', surveyHeld: '4.00', surveyGiven: '0.00', surveyPending: '4.00', applicableMax: '64.50', projected: '52.13' }));

  it('points already parsed (Points) count as their text does', () =>
    expect(computeProgress({ ...soTuPhapYear, surveyPoints: [{ criterion: '3.5', points: Points.of('3.26') }] })).toEqual(
      computeProgress({ ...soTuPhapYear, surveyPoints: [{ criterion: '3.5', points: '3.26' }] }),
    ));
});
