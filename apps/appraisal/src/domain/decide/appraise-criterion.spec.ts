import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  accept,
  appraisalStarted,
  appraise,
  appraisedAsInTheExample,
  appraiserOfX,
  chair,
  criterionAccepted,
  criterionAppraised,
  finalizedAsInTheExample,
  head,
  JUSTICE,
  justiceLeaves,
  markedNotApplicable,
  markNotApplicable,
  REASON_3_2,
  REASON_6_4,
  REASON_7_3,
  rejectionOf,
  sentToTheUnit,
  startAppraisal,
  viewer,
} from '../testing/appraisal.fixtures';

describe('AppraiseCriterion', () => {
  describe('Sở Tư pháp self-assessed 2.1 at 1.00', () => {
    const justiceStarted = appraisalDecider.decide(
      startAppraisal({
        unitId: JUSTICE,
        actor: { ...head, unitId: JUSTICE },
        leaves: justiceLeaves,
        notApplicable: [],
        selfScores: [{ criterion: '2.1', points: 1 }],
      }),
      appraisalDecider.initialState(),
    );

    it('the appraiser lowers criterion 2.1 without a reason: REASON_REQUIRED', () => {
      given(appraisalDecider, ...justiceStarted)
        .when(appraise('2.1', '0.75'))
        .thenRejects('REASON_REQUIRED');
      expect(rejectionOf(appraise('2.1', '0.75'), ...justiceStarted)).toMatchObject({ field: 'reason', criterion: '2.1' });
    });

    it('2.3 loses 0.50 per violation: 0.25 is not reachable (libs/domain code passed through)', () =>
      expect(rejectionOf(appraise('2.3', '0.25', 'lý do'), ...justiceStarted)).toMatchObject({ code: 'SCORE_NOT_REACHABLE_BY_DEDUCTION', field: 'points' }));

    it('a blank reason is no reason', () =>
      given(appraisalDecider, ...justiceStarted)
        .when(appraise('2.1', '0.75', '   '))
        .thenRejects('REASON_REQUIRED'));

    it('with a reason, records the value from which and to which', () =>
      given(appraisalDecider, ...justiceStarted)
        .when(appraise('2.1', '0.75', ' Ban hành muộn 5 ngày '))
        .then({
          type: 'CriterionAppraised',
          schemaVersion: 1,
          data: { cycleId: 'demo-2025', unitId: JUSTICE, criterion: '2.1', previousPoints: '1.00', points: '0.75', reason: 'Ban hành muộn 5 ngày' },
        }));
  });

  it('an appraiser belonging to the unit: APPRAISER_OWN_UNIT', () => {
    given(appraisalDecider, appraisalStarted())
      .when(appraise('3.2', 1, REASON_3_2, appraiserOfX))
      .thenRejects('APPRAISER_OWN_UNIT');
    expect(rejectionOf(appraise('3.2', 1, REASON_3_2, appraiserOfX), appraisalStarted())).toMatchObject({ field: 'actor.unitId' });
  });

  it.each([
    ['the council chair', chair],
    ['the unit head', head],
    ['a national viewer, who never writes', viewer],
  ])('%s may not appraise: ROLE_NOT_ALLOWED', (_who, actor) =>
    given(appraisalDecider, appraisalStarted())
      .when(appraise('3.2', 1, REASON_3_2, actor))
      .thenRejects('ROLE_NOT_ALLOWED'),
  );

  it('nothing to appraise before the unit submits: APPRAISAL_NOT_STARTED', () =>
    given(appraisalDecider)
      .when(appraise('3.2', 1, REASON_3_2))
      .thenRejects('APPRAISAL_NOT_STARTED'));

  it('the same value as the current one records nothing', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(appraise('7.3', 0.75))
      .then());

  it('changing an appraised value again names the appraised value as the previous one', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(appraise('7.3', '0.50', 'evidence covers 4 months only'))
      .then(criterionAppraised('7.3', '0.75', '0.50', 'evidence covers 4 months only')));

  it('setting the self value back needs no reason', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(appraise('7.3', 1.5))
      .then(criterionAppraised('7.3', '0.75', '1.50')));

  it('a leaf the unit did not score counts 0.00 self: giving it points needs a reason', () =>
    given(appraisalDecider, appraisalStarted()).when(appraise('6.4', '0.50')).thenRejects('REASON_REQUIRED'));

  it('a leaf the appraisal found not applicable comes back with points (previous value: not applicable)', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(appraise('6.4', '0.25', 'Có 01 dự án PPP'))
      .then(criterionAppraised('6.4', null, '0.25', 'Có 01 dự án PPP')));

  describe('accepting the self value', () => {
    it('records the review', () =>
      given(appraisalDecider, appraisalStarted())
        .when(accept('7.3'))
        .then(criterionAccepted('7.3', '1.50', '1.50')));

    it('twice records nothing more', () =>
      given(appraisalDecider, appraisalStarted(), criterionAccepted('7.3', '1.50', '1.50'))
        .when(accept('7.3'))
        .then());

    it('after lowering restores the self value', () =>
      given(appraisalDecider, ...appraisedAsInTheExample)
        .when(accept('7.3'))
        .then(criterionAccepted('7.3', '0.75', '1.50')));

    it('both accept and points: VALUE_CONFLICT', () =>
      given(appraisalDecider, appraisalStarted())
        .when({ ...accept('7.3'), points: '1.50' })
        .thenRejects('VALUE_CONFLICT'));

    it('neither accept nor points: VALUE_REQUIRED', () =>
      given(appraisalDecider, appraisalStarted())
        .when({ type: 'AppraiseCriterion', actor: accept('7.3').actor, criterion: '7.3', reason: 'x' })
        .thenRejects('VALUE_REQUIRED'));
  });

  describe('values are checked by the leaf, with libs/domain codes and fields passed through', () => {
    it.each([
      ['more than 2 decimals', '7.3', '0.755', 'POINTS_TOO_MANY_DECIMALS'],
      ['not a number', '7.3', 'ba phần tư', 'POINTS_MALFORMED'],
      ['above the maximum', '7.3', '1.75', 'SCORE_ABOVE_MAX'],
      ['below 0', '7.3', '-0.25', 'SCORE_BELOW_ZERO'],
      ['off the 0.25 step', '7.3', '0.60', 'SCORE_OFF_STEP'],
      ['not a band of 3.2', '3.2', '1.50', 'SCORE_NOT_A_BAND'],
      ['neither 0 nor the max of 1.1', '1.1', '0.50', 'SCORE_NOT_ALL_OR_NOTHING'],
    ])('%s', (_case, criterion, points, code) =>
      expect(rejectionOf(appraise(criterion, points, 'lý do'), appraisalStarted())).toMatchObject({ code, field: 'points', criterion }),
    );
  });

  it('a leaf outside the unit set: CRITERION_UNKNOWN', () =>
    expect(rejectionOf(appraise('9.9', 1, 'lý do'), appraisalStarted())).toMatchObject({ code: 'CRITERION_UNKNOWN', field: 'criterion' }));

  it('a leaf the setup made not applicable: CRITERION_NOT_APPLICABLE', () =>
    given(appraisalDecider, appraisalStarted())
      .when(appraise('2.1', '0.50', 'lý do'))
      .thenRejects('CRITERION_NOT_APPLICABLE'));

  it('after the unit has seen the result: RESULT_ALREADY_SENT', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(appraise('7.3', 1, 'lý do'))
      .thenRejects('RESULT_ALREADY_SENT'));

  it('after finalization: APPRAISAL_FINALIZED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(appraise('3.2', 2, 'lý do'))
      .thenRejects('APPRAISAL_FINALIZED'));
});

describe('MarkCriterionNotApplicable', () => {
  it('takes the leaf out, recording its previous value and the reason', () =>
    given(appraisalDecider, appraisalStarted())
      .when(markNotApplicable('7.3', 'Không có dịch vụ thu phí'))
      .then(markedNotApplicable('7.3', '1.50', 'Không có dịch vụ thu phí')));

  it('needs a reason: REASON_REQUIRED', () => given(appraisalDecider, appraisalStarted()).when(markNotApplicable('6.4', '')).thenRejects('REASON_REQUIRED'));

  it('a leaf already not applicable records nothing', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(markNotApplicable('6.4', REASON_6_4))
      .then());

  it('an appraiser of the unit: APPRAISER_OWN_UNIT', () =>
    given(appraisalDecider, appraisalStarted())
      .when(markNotApplicable('6.4', REASON_6_4, appraiserOfX))
      .thenRejects('APPRAISER_OWN_UNIT'));

  it('after the result was sent: RESULT_ALREADY_SENT', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(markNotApplicable('7.3', REASON_7_3))
      .thenRejects('RESULT_ALREADY_SENT'));
});
