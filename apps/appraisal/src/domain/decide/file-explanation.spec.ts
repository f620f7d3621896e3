import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  AFTER_DEADLINE,
  appraisedAsInTheExample,
  appraiser,
  CYCLE,
  DEADLINE,
  EVIDENCE_7_3,
  explain,
  explainedByTheUnit,
  explanationFiled,
  finalizedAsInTheExample,
  head,
  rejectionOf,
  reporterOfY,
  restoredByTheCouncil,
  sentToTheUnit,
  UNIT,
} from '../testing/appraisal.fixtures';

describe('FileExplanation', () => {
  it('the unit reporter explains an adjusted leaf within the window', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('7.3'))
      .then(explanationFiled('7.3')));

  it('the unit head may explain too, up to the deadline itself; evidence may be empty', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('3.2', { actor: head, now: DEADLINE, text: 'Hệ thống một cửa tính thiếu 9 hồ sơ liên thông', evidence: [] }))
      .then({
        type: 'ExplanationFiled',
        schemaVersion: 1,
        data: {
          cycleId: CYCLE,
          unitId: UNIT,
          criterion: '3.2',
          text: 'Hệ thống một cửa tính thiếu 9 hồ sơ liên thông',
          evidence: [],
          filedAt: DEADLINE.toISOString(),
        },
      }));

  it('after the deadline: EXPLANATION_WINDOW_CLOSED', () => {
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('7.3', { now: new Date(DEADLINE.getTime() + 1) }))
      .thenRejects('EXPLANATION_WINDOW_CLOSED');
    expect(rejectionOf(explain('7.3', { now: AFTER_DEADLINE }), ...sentToTheUnit)).toMatchObject({
      field: 'now',
      message: expect.stringContaining(DEADLINE.toISOString()),
    });
  });

  it('a leaf that kept the unit value: CRITERION_NOT_ADJUSTED', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('1.1'))
      .thenRejects('CRITERION_NOT_ADJUSTED'));

  it('a leaf outside the set: CRITERION_UNKNOWN', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('4.4'))
      .thenRejects('CRITERION_UNKNOWN'));

  it('before the unit has seen its result: RESULT_NOT_SENT', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(explain('7.3'))
      .thenRejects('RESULT_NOT_SENT'));

  it('while one explanation of the leaf awaits the council: EXPLANATION_ALREADY_FILED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(explain('7.3'))
      .thenRejects('EXPLANATION_ALREADY_FILED'));

  it('once the council resolved the leaf: EXPLANATION_ALREADY_RESOLVED', () =>
    given(appraisalDecider, ...restoredByTheCouncil)
      .when(explain('7.3'))
      .thenRejects('EXPLANATION_ALREADY_RESOLVED'));

  it('after finalization: APPRAISAL_FINALIZED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(explain('3.2'))
      .thenRejects('APPRAISAL_FINALIZED'));

  it('by a reporter of another unit: WRONG_UNIT', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('7.3', { actor: reporterOfY }))
      .thenRejects('WRONG_UNIT'));

  it('by an appraiser: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('7.3', { actor: appraiser }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('without a text: EXPLANATION_TEXT_REQUIRED', () =>
    expect(rejectionOf(explain('7.3', { text: '  ' }), ...sentToTheUnit)).toMatchObject({ code: 'EXPLANATION_TEXT_REQUIRED', field: 'text' }));

  it.each([
    ['without a title', { ...EVIDENCE_7_3[0], title: '' }, 'evidence[0].title'],
    ['with a date that is not YYYY-MM-DD', { ...EVIDENCE_7_3[0], date: '23/11/2025' }, 'evidence[0].date'],
  ])('evidence %s: EVIDENCE_INVALID', (_case, evidence, field) =>
    expect(rejectionOf(explain('7.3', { evidence: [evidence] }), ...sentToTheUnit)).toMatchObject({ code: 'EVIDENCE_INVALID', field }),
  );

  it('an invalid time: INSTANT_INVALID', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(explain('7.3', { now: new Date(NaN) }))
      .thenRejects('INSTANT_INVALID'));
});
