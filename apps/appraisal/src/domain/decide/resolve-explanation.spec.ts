import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  councilMember,
  explainedByTheUnit,
  explanationResolved,
  finalizedAsInTheExample,
  rejectionOf,
  resolve,
  restoredByTheCouncil,
  appraisedAsInTheExample,
  votes,
} from '../testing/appraisal.fixtures';

const UPHELD = 'Minh chứng bổ sung vẫn chỉ có 6 tháng';

describe('ResolveExplanation: the chair records the council decision and its vote', () => {
  it('changed by 5 votes of 7: from the appraised value to the council value', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3'))
      .then(explanationResolved('7.3', 'changed', '0.75', '1.50')));

  it('upheld: the appraised value stays, and says so', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { decision: 'upheld', points: undefined, reason: UPHELD, votes: votes(6, 7, 0, 1) }))
      .then(explanationResolved('7.3', 'upheld', '0.75', '0.75', UPHELD, votes(6, 7, 0, 1))));

  describe('a council decides by a majority of more than half of its members', () => {
    it('3 of 7: NO_MAJORITY', () => {
      given(appraisalDecider, ...explainedByTheUnit)
        .when(resolve('7.3', { votes: votes(3, 7) }))
        .thenRejects('NO_MAJORITY');
      expect(rejectionOf(resolve('7.3', { votes: votes(3, 7) }), ...explainedByTheUnit)).toMatchObject({ field: 'votes.for' });
    });

    it('4 of 8 is exactly half, not a majority: NO_MAJORITY', () =>
      given(appraisalDecider, ...explainedByTheUnit)
        .when(resolve('7.3', { votes: votes(4, 8) }))
        .thenRejects('NO_MAJORITY'));

    it('4 for, of 7 present in a council of 9: absent members count, NO_MAJORITY', () =>
      given(appraisalDecider, ...explainedByTheUnit)
        .when(resolve('7.3', { votes: votes(4, 9, 2, 1) }))
        .thenRejects('NO_MAJORITY'));

    it('5 of 8 is', () =>
      given(appraisalDecider, ...explainedByTheUnit)
        .when(resolve('7.3', { votes: votes(5, 8) }))
        .then(explanationResolved('7.3', 'changed', '0.75', '1.50', undefined, votes(5, 8))));

    it.each([
      ['more votes than members', votes(5, 7, 3, 1), 'votes.members'],
      ['a negative count', { for: 5, against: -1, abstain: 0, members: 7 }, 'votes.against'],
      ['a fractional count', { for: 4.5, against: 0, abstain: 0, members: 7 }, 'votes.for'],
      ['a council of nobody', { for: 0, against: 0, abstain: 0, members: 0 }, 'votes.members'],
    ])('%s: VOTES_INVALID', (_case, councilVotes, field) =>
      expect(rejectionOf(resolve('7.3', { votes: councilVotes }), ...explainedByTheUnit)).toMatchObject({ code: 'VOTES_INVALID', field }),
    );
  });

  it('changed without points: POINTS_REQUIRED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { points: undefined }))
      .thenRejects('POINTS_REQUIRED'));

  it('upheld with points: POINTS_NOT_EXPECTED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { decision: 'upheld', points: '1.00' }))
      .thenRejects('POINTS_NOT_EXPECTED'));

  it('changed to the value it already has: POINTS_UNCHANGED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { points: '0.75' }))
      .thenRejects('POINTS_UNCHANGED'));

  it('neither upheld nor changed: DECISION_INVALID', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { decision: 'postponed' as never }))
      .thenRejects('DECISION_INVALID'));

  it('council points are checked by the leaf too (SCORE_OFF_STEP passed through)', () =>
    expect(rejectionOf(resolve('7.3', { points: '1.10' }), ...explainedByTheUnit)).toMatchObject({ code: 'SCORE_OFF_STEP', field: 'points' }));

  it('without a reason: REASON_REQUIRED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { reason: '' }))
      .thenRejects('REASON_REQUIRED'));

  it('a leaf the unit did not explain: EXPLANATION_NOT_FOUND', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('3.2', { points: '2.00' }))
      .thenRejects('EXPLANATION_NOT_FOUND'));

  it('twice: EXPLANATION_ALREADY_RESOLVED', () =>
    given(appraisalDecider, ...restoredByTheCouncil)
      .when(resolve('7.3'))
      .thenRejects('EXPLANATION_ALREADY_RESOLVED'));

  it('by a council member rather than the chair: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, ...explainedByTheUnit)
      .when(resolve('7.3', { actor: councilMember }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('before the result was sent: RESULT_NOT_SENT', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(resolve('7.3'))
      .thenRejects('RESULT_NOT_SENT'));

  it('after finalization: APPRAISAL_FINALIZED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(resolve('7.3'))
      .thenRejects('APPRAISAL_FINALIZED'));
});
