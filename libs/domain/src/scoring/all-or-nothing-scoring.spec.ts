import { scoreAllOrNothing, validateAllOrNothingScore } from '..';
import { pts } from '../results/worked-example.fixture';

describe('all-or-nothing scoring', () => {
  const max = pts(1);

  it('a plan issued on time earns the full 1.00, a late one 0.00', () => {
    expect(scoreAllOrNothing(max, true).toString()).toBe('1.00');
    expect(scoreAllOrNothing(max, false).toString()).toBe('0.00');
  });

  it('accepts only 0 or the max as a score', () => {
    expect(validateAllOrNothingScore(max, pts(1)).ok).toBe(true);
    expect(validateAllOrNothingScore(max, pts(0)).ok).toBe(true);
    const half = validateAllOrNothingScore(max, pts('0.5'));
    expect(!half.ok && half.error.code).toBe('SCORE_NOT_ALL_OR_NOTHING');
  });
});
