import { DomainError } from '@par/domain';
import { SUBMISSIONS_ERROR_CODES, SubmissionsError } from './submissions-error';

describe('a submissions refusal carries the category its catalogue declares for its code', () => {
  it.each([
    ['ROLE_NOT_ALLOWED', 'forbidden'],
    ['WRONG_UNIT', 'forbidden'],
    ['CYCLE_NOT_FOUND', 'not-found'],
    ['CYCLE_ALREADY_EXISTS', 'wrong-state'],
    ['SELF_ASSESSMENT_LOCKED', 'wrong-state'],
    ['DEADLINE_PASSED', 'wrong-state'],
    ['UNIT_UNKNOWN', 'invalid'],
    ['SCORE_OFF_STEP', 'invalid'],
  ] as const)('%s is %s', (code, category) => {
    expect(SUBMISSIONS_ERROR_CODES[code]).toBe(category);
    expect(new SubmissionsError(code, 'refused', { field: 'x' }).category).toBe(category);
  });

  it('a domain problem keeps its code and category', () => {
    const refusal = SubmissionsError.fromDomain(new DomainError('SCORE_OFF_STEP', 'off step', { field: 'points' }), 'scores[1.1]');
    expect(refusal).toMatchObject({ code: 'SCORE_OFF_STEP', category: 'invalid', field: 'scores[1.1].points' });
  });
});
