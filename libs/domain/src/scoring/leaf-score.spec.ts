import { DomainError, Result, validateLeafScore } from '..';
import { departmentXTree, pts } from '../results/worked-example.fixture';

const leaf = (code: string) => departmentXTree.findLeaf(code)!;

function rejection(result: Result<unknown>): Pick<DomainError, 'code' | 'criterion' | 'field' | 'value' | 'message'> {
  if (result.ok) throw new Error('expected the score to be rejected');
  const { code, criterion, field, value, message } = result.error;
  return { code, criterion, field, value, message };
}

describe('validateLeafScore', () => {
  it('accepts a self score the leaf allows, from JSON or as Points', () => {
    const result = validateLeafScore(leaf('7.3'), '0.75');
    expect(result.ok && result.value.toString()).toBe('0.75');
    expect(validateLeafScore(leaf('7.3'), pts('1.5')).ok).toBe(true);
  });

  it('rejects 1.75 for 7.3, whose max is 1.50', () => {
    expect(rejection(validateLeafScore(leaf('7.3'), 1.75))).toEqual({
      code: 'SCORE_ABOVE_MAX',
      criterion: '7.3',
      field: 'points',
      value: 1.75,
      message: 'Criterion 7.3: points 1.75 are above the maximum 1.50',
    });
  });

  it('rejects a negative score', () => {
    expect(rejection(validateLeafScore(leaf('7.3'), '-0.25'))).toMatchObject({ code: 'SCORE_BELOW_ZERO', criterion: '7.3', value: '-0.25' });
  });

  it('rejects 3 decimals before anything else', () => {
    expect(rejection(validateLeafScore(leaf('7.3'), 0.125))).toMatchObject({
      code: 'POINTS_TOO_MANY_DECIMALS',
      criterion: '7.3',
      message: 'Criterion 7.3: points 0.125 has more than 2 decimal places',
    });
  });

  it('rejects 0.8 on the 0.25 grid of 7.3', () => {
    expect(rejection(validateLeafScore(leaf('7.3'), '0.8'))).toMatchObject({ code: 'SCORE_OFF_STEP', criterion: '7.3', value: '0.8' });
  });

  it('applies each leaf its own method: 1.5 is no band of 3.2, 0.5 is not all-or-nothing on 1.1', () => {
    expect(rejection(validateLeafScore(leaf('3.2'), 1.5)).code).toBe('SCORE_NOT_A_BAND');
    expect(rejection(validateLeafScore(leaf('1.1'), 0.5)).code).toBe('SCORE_NOT_ALL_OR_NOTHING');
  });
});
