import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  AFTER_DEADLINE,
  appraisalStarted,
  appraisedAsInTheExample,
  appraiser,
  criterionAccepted,
  explainedByTheUnit,
  explanationFiled,
  explanationResolved,
  finalize,
  finalized,
  finalizedAsInTheExample,
  finalValuesOfTheExample,
  rejectionOf,
  resultSent,
  restoredByTheCouncil,
  sentToTheUnit,
  WITHIN_WINDOW,
} from '../testing/appraisal.fixtures';

describe('FinalizeAppraisal by the council chair', () => {
  it('after the deadline: the final value of every leaf (null: not applicable) and the adjustment totals', () =>
    given(appraisalDecider, ...restoredByTheCouncil)
      .when(finalize())
      .then(finalized(finalValuesOfTheExample, '0.00', '0.50')));

  it('after the deadline, with adjusted leaves the unit chose not to explain', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(finalize())
      .then(
        finalized(
          [
            { criterion: '1.1', points: '1.00' },
            { criterion: '2.1', points: null },
            { criterion: '3.2', points: '1.00' },
            { criterion: '6.4', points: null },
            { criterion: '7.3', points: '0.75' },
          ],
          '0.00',
          '0.50',
        ),
      ));

  it('while an explanation awaits the council: EXPLANATIONS_PENDING', () => {
    given(appraisalDecider, ...explainedByTheUnit)
      .when(finalize())
      .thenRejects('EXPLANATIONS_PENDING');
    expect(rejectionOf(finalize(), ...explainedByTheUnit)).toMatchObject({ criterion: '7.3', message: expect.stringContaining('7.3') });
  });

  describe('before the deadline the unit may still explain, so', () => {
    it('with adjusted leaves not yet explained and resolved: EXPLANATION_WINDOW_OPEN', () => {
      given(appraisalDecider, ...restoredByTheCouncil)
        .when(finalize(WITHIN_WINDOW))
        .thenRejects('EXPLANATION_WINDOW_OPEN');
      expect(rejectionOf(finalize(WITHIN_WINDOW), ...restoredByTheCouncil)).toMatchObject({ field: 'now', message: expect.stringContaining('3.2, 6.4') });
    });

    it('once every adjusted leaf has had its explanation resolved, it may finalize', () =>
      given(
        appraisalDecider,
        ...restoredByTheCouncil,
        explanationFiled('3.2'),
        explanationResolved('3.2', 'upheld', '1.00', '1.00', 'Số liệu hệ thống một cửa là chính thức'),
        explanationFiled('6.4'),
        explanationResolved('6.4', 'upheld', null, null, 'Đơn vị không có dự án PPP'),
      )
        .when(finalize(WITHIN_WINDOW))
        .thenMatches({ type: 'AppraisalFinalized', data: { finalizedAt: WITHIN_WINDOW.toISOString() } }));

    it('with nothing adjusted there is nothing to explain: it may finalize', () =>
      given(appraisalDecider, appraisalStarted(), criterionAccepted('3.2', '2.00', '2.00'), resultSent([]))
        .when(finalize(WITHIN_WINDOW))
        .thenMatches({ type: 'AppraisalFinalized', data: { bonusTotal: '0.00', deductionTotal: '0.00' } }));
  });

  it('before the result was sent: RESULT_NOT_SENT', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(finalize())
      .thenRejects('RESULT_NOT_SENT'));

  it('twice: APPRAISAL_FINALIZED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(finalize())
      .thenRejects('APPRAISAL_FINALIZED'));

  it('by an appraiser: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, ...restoredByTheCouncil)
      .when(finalize(AFTER_DEADLINE, appraiser))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('an invalid time: INSTANT_INVALID', () =>
    given(appraisalDecider, ...restoredByTheCouncil)
      .when(finalize(new Date(NaN)))
      .thenRejects('INSTANT_INVALID'));
});
