import { Points, validateManualScore } from '..';
import { pts } from '../results/worked-example.fixture';

describe('manual scoring on a step grid', () => {
  const quarterPoints = { kind: 'manual', step: pts('0.25') } as const;

  it('accepts any whole number of steps: 0.75 on a 0.25 grid', () => {
    expect(validateManualScore(quarterPoints, pts('0.75')).ok).toBe(true);
    expect(validateManualScore(quarterPoints, Points.ZERO).ok).toBe(true);
  });

  it('rejects an appraiser’s 0.6 as off the 0.25 step', () => {
    const result = validateManualScore(quarterPoints, pts('0.6'));
    expect(!result.ok && [result.error.code, result.error.message]).toEqual(['SCORE_OFF_STEP', 'points 0.60 are not a multiple of the step 0.25']);
  });

  it('a 0.01 step allows every 2-decimal value', () => {
    expect(validateManualScore({ kind: 'manual', step: pts('0.01') }, pts('2.37')).ok).toBe(true);
  });
});
