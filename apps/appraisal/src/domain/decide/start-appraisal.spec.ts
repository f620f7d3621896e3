import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  admin,
  appraisalStarted,
  appraisedAsInTheExample,
  appraiser,
  CYCLE,
  finalizedAsInTheExample,
  rejectionOf,
  reporter,
  reporterOfY,
  selfScores,
  sentToTheUnit,
  startAppraisal,
  UNIT,
  viewer,
} from '../testing/appraisal.fixtures';

const resubmitted = [
  { criterion: '1.1', points: 1 },
  { criterion: '3.2', points: '1.00' },
  { criterion: '7.3', points: '1.50' },
  { criterion: '6.4', points: 0.5 },
];

describe('StartAppraisal: the unit submitted its self-assessment', () => {
  it('opens the appraisal with the unit leaves, the setup applicability and the self scores', () =>
    given(appraisalDecider).when(startAppraisal()).then(appraisalStarted()));

  it('lists self scores in the set order, whatever order they were submitted in', () =>
    given(appraisalDecider)
      .when(startAppraisal({ selfScores: [...selfScores].reverse() }))
      .then(appraisalStarted()));

  it('may be issued by the province admin (the CLI import replays it)', () =>
    given(appraisalDecider)
      .when(startAppraisal({ actor: admin }))
      .then(appraisalStarted()));

  it('changes nothing when the same submission arrives again (at-least-once delivery)', () =>
    given(appraisalDecider, appraisalStarted())
      .when(startAppraisal({ selfScores: [...selfScores].reverse(), actor: reporter }))
      .then());

  it('changes nothing when the same submission arrives again after the result was sent', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(startAppraisal())
      .then());

  it('refreshes the self scores of a resubmission; changed claims fall back to the new self value for review', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(startAppraisal({ selfScores: resubmitted }))
      .then({
        type: 'SelfScoresRefreshed',
        schemaVersion: 1,
        data: {
          cycleId: CYCLE,
          unitId: UNIT,
          selfScores: [
            { criterion: '1.1', points: '1.00' },
            { criterion: '3.2', points: '1.00' },
            { criterion: '6.4', points: '0.50' },
            { criterion: '7.3', points: '1.50' },
          ],
          // 3.2 was appraised 1.00, now claimed 1.00: its review is void all the same. 6.4 was not applicable.
          changedCriteria: [
            { criterion: '3.2', previousPoints: '1.00', points: '1.00' },
            { criterion: '6.4', previousPoints: null, points: '0.50' },
          ],
        },
      }));

  it('refuses a resubmission once the unit has seen the result', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(startAppraisal({ selfScores: resubmitted }))
      .thenRejects('RESULT_ALREADY_SENT'));

  it('refuses a resubmission once the appraisal is finalized', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(startAppraisal({ selfScores: resubmitted }))
      .thenRejects('APPRAISAL_FINALIZED'));

  it('refuses a start for another unit or cycle on this stream', () => {
    expect(rejectionOf(startAppraisal({ unitId: 'so-y', actor: admin }), appraisalStarted())).toMatchObject({ code: 'WRONG_UNIT', field: 'unitId' });
    expect(rejectionOf(startAppraisal({ cycleId: 'demo-2026' }), appraisalStarted())).toMatchObject({ code: 'WRONG_CYCLE', field: 'cycleId' });
  });

  it('refuses a submitter from another unit', () =>
    given(appraisalDecider)
      .when(startAppraisal({ actor: reporterOfY }))
      .thenRejects('WRONG_UNIT'));

  it.each([
    ['an appraiser', appraiser],
    ['a national viewer', viewer],
  ])('refuses %s', (_who, actor) => given(appraisalDecider).when(startAppraisal({ actor })).thenRejects('ROLE_NOT_ALLOWED'));

  describe('checks the self scores as any leaf value', () => {
    it('a leaf outside the set', () =>
      expect(rejectionOf(startAppraisal({ selfScores: [...selfScores, { criterion: '9.9', points: 1 }] }))).toMatchObject({
        code: 'CRITERION_UNKNOWN',
        field: 'selfScores[9.9]',
      }));

    it('a leaf scored twice', () =>
      expect(rejectionOf(startAppraisal({ selfScores: [...selfScores, { criterion: '1.1', points: 1 }] }))).toMatchObject({
        code: 'SCORE_DUPLICATE',
        field: 'selfScores[1.1]',
      }));

    it('a leaf the setup made not applicable', () =>
      expect(rejectionOf(startAppraisal({ selfScores: [...selfScores, { criterion: '2.1', points: 1 }] }))).toMatchObject({
        code: 'CRITERION_NOT_APPLICABLE',
        field: 'selfScores[2.1]',
      }));

    it('a value the leaf does not allow keeps its libs/domain code', () =>
      expect(rejectionOf(startAppraisal({ selfScores: [{ criterion: '1.1', points: 0.5 }] }))).toMatchObject({
        code: 'SCORE_NOT_ALL_OR_NOTHING',
        field: 'selfScores[1.1].points',
      }));

    it('a not-applicable code outside the set', () =>
      expect(rejectionOf(startAppraisal({ notApplicable: ['5.5'] }))).toMatchObject({ code: 'CRITERION_UNKNOWN', field: 'notApplicable[5.5]' }));
  });
});
