import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  accept,
  appraisalStarted,
  appraisedAsInTheExample,
  appraiserOfX,
  chair,
  criterionAccepted,
  criterionAppraised,
  CYCLE,
  rejectionOf,
  reporter,
  resultSent,
  sendResult,
  sentToTheUnit,
  stateAfter,
  UNIT,
} from '../testing/appraisal.fixtures';

describe('SendResultToUnit', () => {
  it('names the leaves adjusted from the self value or found not applicable, and the deadline', () =>
    given(appraisalDecider, ...appraisedAsInTheExample, criterionAccepted('1.1', '1.00', '1.00'))
      .when(sendResult())
      .then(resultSent(['3.2', '6.4', '7.3'])));

  it('a leaf lowered then set back to its self value is not adjusted', () =>
    given(appraisalDecider, appraisalStarted(), criterionAppraised('7.3', '1.50', '0.75', 'x'), criterionAppraised('7.3', '0.75', '1.50'))
      .when(sendResult({ actor: chair, explanationWindowDays: 10, now: new Date('2025-11-21T09:30:00+07:00') }))
      .then({
        type: 'AppraisalResultSent',
        schemaVersion: 1,
        data: {
          cycleId: CYCLE,
          unitId: UNIT,
          sentAt: '2025-11-21T02:30:00.000Z',
          explanationWindowDays: 10,
          explanationDeadline: '2025-12-01T02:30:00.000Z',
          adjustedCriteria: [],
        },
      }));

  it.each([0, -1, 2.5, 400])('a window of %p days: WINDOW_DAYS_INVALID', (days) =>
    expect(rejectionOf(sendResult({ explanationWindowDays: days }), appraisalStarted())).toMatchObject({
      code: 'WINDOW_DAYS_INVALID',
      field: 'explanationWindowDays',
    }),
  );

  it('an invalid date: INSTANT_INVALID', () =>
    expect(rejectionOf(sendResult({ now: new Date('not a date') }), appraisalStarted())).toMatchObject({ code: 'INSTANT_INVALID', field: 'now' }));

  it('twice: RESULT_ALREADY_SENT', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(sendResult())
      .thenRejects('RESULT_ALREADY_SENT'));

  it('by an appraiser of the unit: APPRAISER_OWN_UNIT', () =>
    given(appraisalDecider, appraisalStarted())
      .when(sendResult({ actor: appraiserOfX }))
      .thenRejects('APPRAISER_OWN_UNIT'));

  it('by the unit: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, appraisalStarted())
      .when(sendResult({ actor: reporter }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('before the unit submitted: APPRAISAL_NOT_STARTED', () => given(appraisalDecider).when(sendResult()).thenRejects('APPRAISAL_NOT_STARTED'));

  it('accepting every leaf leaves nothing adjusted', () => {
    const accepted = ['1.1', '3.2', '7.3'].flatMap((code) => appraisalDecider.decide(accept(code), stateAfter(appraisalStarted())));
    given(appraisalDecider, appraisalStarted(), ...accepted)
      .when(sendResult())
      .then(resultSent([]));
  });
});
