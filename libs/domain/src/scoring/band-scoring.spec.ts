import Decimal from 'decimal.js';
import fc from 'fast-check';
import { BandsMethod, CriterionLeaf, DomainError, ExactDecimal, scoreByBands, validateBandScore } from '..';
import { departmentXTree, pts } from '../results/worked-example.fixture';

/** 3.2 of the worked example: 100 % on time earns 2, ≥ 95 % earns 1, below earns 0. */
const onTimeDossiers = departmentXTree.findLeaf('3.2') as CriterionLeaf & { method: BandsMethod };

describe('bands on a measured ratio', () => {
  it.each<[number | string | Decimal, string]>([
    [1, '2.00'],
    [0.964, '1.00'],
    ['0.95', '1.00'],
    [0.9499, '0.00'],
    [0, '0.00'],
    [new ExactDecimal(241).div(250), '1.00'],
    [new Decimal(19).div(20), '1.00'],
  ])('a ratio of %s on time earns %s', (ratio, earned) => {
    expect(scoreByBands(onTimeDossiers.method, ratio).toString()).toBe(earned);
  });

  it('refuses a ratio outside [0, 1] or not a number', () => {
    expect(() => scoreByBands(onTimeDossiers.method, 1.02)).toThrow(expect.objectContaining({ code: 'RATIO_OUT_OF_RANGE' }));
    expect(() => scoreByBands(onTimeDossiers.method, -0.1)).toThrow(DomainError);
    expect(() => scoreByBands(onTimeDossiers.method, NaN)).toThrow(expect.objectContaining({ code: 'RATIO_MALFORMED' }));
  });

  it("accepts as a score only 0 or one band's points", () => {
    expect(validateBandScore(onTimeDossiers.method, pts(2)).ok).toBe(true);
    expect(validateBandScore(onTimeDossiers.method, pts(1)).ok).toBe(true);
    expect(validateBandScore(onTimeDossiers.method, pts(0)).ok).toBe(true);
    const between = validateBandScore(onTimeDossiers.method, pts('1.5'));
    expect(!between.ok && [between.error.code, between.error.message]).toEqual(['SCORE_NOT_A_BAND', 'points 1.50 match no band (allowed: 0.00, 2.00, 1.00)']);
  });

  it('never earns less for a higher ratio, and always a valid band score', () => {
    const ratio = fc.integer({ min: 0, max: 10_000 }).map((n) => new ExactDecimal(n).div(10_000));
    fc.assert(
      fc.property(ratio, ratio, (a, b) => {
        const [low, high] = a.lte(b) ? [a, b] : [b, a];
        const [lowPoints, highPoints] = [scoreByBands(onTimeDossiers.method, low), scoreByBands(onTimeDossiers.method, high)];
        return lowPoints.lessThanOrEqual(highPoints) && validateBandScore(onTimeDossiers.method, highPoints).ok;
      }),
    );
  });
});
