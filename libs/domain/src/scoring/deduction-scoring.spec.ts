import fc from 'fast-check';
import { DeductionMethod, scoreByDeduction, validateDeductionScore } from '..';
import { pts } from '../results/worked-example.fixture';

describe('per-occurrence deduction with a cap', () => {
  /** "−0.5 per directive of the Chairman not carried out", at most 1.5 of the leaf's 2.0. */
  const directives: DeductionMethod = { kind: 'deduction', perOccurrence: pts('0.5'), cap: pts('1.5') };
  const max = pts(2);

  it.each([
    [0, '2.00'],
    [1, '1.50'],
    [2, '1.00'],
    [3, '0.50'],
    [7, '0.50'],
  ])('%i violations leave %s of 2.00', (occurrences, left) => {
    expect(scoreByDeduction(directives, max, occurrences).toString()).toBe(left);
  });

  it('never goes below 0, even with a cap larger than the max', () => {
    expect(scoreByDeduction({ kind: 'deduction', perOccurrence: pts(1), cap: pts(5) }, max, 4).toString()).toBe('0.00');
  });

  it('stops at the cap even when it is not a whole number of occurrences', () => {
    const capped: DeductionMethod = { kind: 'deduction', perOccurrence: pts('0.5'), cap: pts('1.25') };
    expect(scoreByDeduction(capped, max, 3).toString()).toBe('0.75');
    expect(validateDeductionScore(capped, max, pts('0.75')).ok).toBe(true);
    expect(validateDeductionScore(capped, max, pts('1.00')).ok).toBe(true);
  });

  it('without a cap, violations can take the whole leaf: 5 × 0.5 leaves 0.00 of 2.00', () => {
    const uncapped: DeductionMethod = { kind: 'deduction', perOccurrence: pts('0.5') };
    expect(scoreByDeduction(uncapped, max, 5).toString()).toBe('0.00');
    expect(validateDeductionScore(uncapped, max, pts(0)).ok).toBe(true);
    expect(validateDeductionScore(uncapped, max, pts('0.25')).ok).toBe(false);
  });

  it('refuses a negative or fractional number of occurrences', () => {
    expect(() => scoreByDeduction(directives, max, -1)).toThrow(expect.objectContaining({ code: 'OCCURRENCES_INVALID' }));
    expect(() => scoreByDeduction(directives, max, 1.5)).toThrow(expect.objectContaining({ code: 'OCCURRENCES_INVALID' }));
  });

  it('accepts a score iff some number of violations produces it', () => {
    for (const reachable of ['2', '1.5', '1', '0.5']) expect(validateDeductionScore(directives, max, pts(reachable)).ok).toBe(true);
    for (const unreachable of ['1.75', '0', '0.25']) {
      const result = validateDeductionScore(directives, max, pts(unreachable));
      expect(!result.ok && result.error.code).toBe('SCORE_NOT_REACHABLE_BY_DEDUCTION');
    }
  });

  it('every computed score is accepted by the validator', () => {
    const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((h) => pts((h / 100).toFixed(2)));
    fc.assert(
      fc.property(hundredths(1, 500), hundredths(1, 100), hundredths(1, 500), fc.nat(50), (leafMax, perOccurrence, cap, occurrences) => {
        const method: DeductionMethod = { kind: 'deduction', perOccurrence, cap: cap.greaterThan(leafMax) ? leafMax : cap };
        return validateDeductionScore(method, leafMax, scoreByDeduction(method, leafMax, occurrences)).ok;
      }),
    );
  });
});
