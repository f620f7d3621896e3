import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import { finalValues } from '../final-values';
import { appraisedAsInTheExample, chair, correct, CYCLE, finalizedAsInTheExample, rejectionOf, stateAfter, UNIT } from '../testing/appraisal.fixtures';

const REASON = 'Quyết định số 15/QĐ-UBND điều chỉnh kết quả';

describe('CorrectScore: after finalization, only the province admin moves a score, on the record', () => {
  it('records the previous and the new value, and the reason', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2', { points: 2 }))
      .then({
        type: 'ScoreCorrected',
        schemaVersion: 1,
        data: { cycleId: CYCLE, unitId: UNIT, criterion: '3.2', previousPoints: '1.00', points: '2.00', reason: REASON },
      }));

  it('the corrected value is what the final values show', () => {
    const corrected = appraisalDecider.decide(correct('3.2', { points: 2 }), stateAfter(...finalizedAsInTheExample));
    const values = finalValues(stateAfter(...finalizedAsInTheExample, ...corrected)).values;
    expect(values.find((value) => value.criterion === '3.2')?.points?.toString()).toBe('2.00');
  });

  it('may find a leaf not applicable, or applicable again', () => {
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('7.3', { notApplicable: true }))
      .thenMatches({ type: 'ScoreCorrected', data: { criterion: '7.3', previousPoints: '1.50', points: null } });
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('6.4', { points: '0.25' }))
      .thenMatches({ type: 'ScoreCorrected', data: { criterion: '6.4', previousPoints: null, points: '0.25' } });
  });

  it('to the value it already has records nothing', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2', { points: '1.00' }))
      .then());

  it('before finalization: APPRAISAL_NOT_FINALIZED', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(correct('3.2', { points: 2 }))
      .thenRejects('APPRAISAL_NOT_FINALIZED'));

  it('by the council chair: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2', { points: 2, actor: chair }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('without a reason: REASON_REQUIRED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2', { points: 2, reason: '' }))
      .thenRejects('REASON_REQUIRED'));

  it('points and not applicable at once: VALUE_CONFLICT', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2', { points: 2, notApplicable: true }))
      .thenRejects('VALUE_CONFLICT'));

  it('neither points nor not applicable: VALUE_REQUIRED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('3.2'))
      .thenRejects('VALUE_REQUIRED'));

  it('a value the leaf does not allow keeps its libs/domain code', () =>
    expect(rejectionOf(correct('3.2', { points: '1.50' }), ...finalizedAsInTheExample)).toMatchObject({ code: 'SCORE_NOT_A_BAND', field: 'points' }));

  it('a leaf the setup made not applicable: CRITERION_NOT_APPLICABLE', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(correct('2.1', { points: '0.50' }))
      .thenRejects('CRITERION_NOT_APPLICABLE'));
});
