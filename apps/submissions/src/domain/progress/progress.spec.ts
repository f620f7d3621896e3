import { departmentsLeaves } from '../testing/criteria.fixture';
import { computeProgress } from './progress';

/** Sở Tư pháp: 1.1 (max 1), 1.2 (max 2), 1.3 survey (max 2.5); 6.4 not applicable. */
const soTuPhap = { leaves: departmentsLeaves, notApplicable: ['6.4'] };

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

  it('with 6.4 applicable the max is 6.50', () =>
    expect(computeProgress({ leaves: departmentsLeaves, notApplicable: [], scores: [] }).applicableMax).toBe('6.50'));

  it('an expected ratio of 1.2 → RATIO_OUT_OF_RANGE', () =>
    expect(() => computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: 1.2 })).toThrow(expect.objectContaining({ code: 'RATIO_OUT_OF_RANGE' })));

  it('an expected ratio of "tám mươi phần trăm" → RATIO_MALFORMED', () =>
    expect(() => computeProgress({ ...soTuPhap, scores: [], expectedSurveyRatio: 'tám mươi phần trăm' })).toThrow(
      expect.objectContaining({ code: 'RATIO_MALFORMED' }),
    ));
});
