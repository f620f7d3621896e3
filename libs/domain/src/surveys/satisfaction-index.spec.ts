import { satisfactionIndex } from '..';

const index = (satisfied: number, answers: number) => satisfactionIndex({ answers, satisfied })?.toString() ?? null;

describe('satisfactionIndex', () => {
  it.each([
    [163, 200, '81.50'],
    [351, 412, '85.19'],
    [2, 3, '66.67'],
    [1, 3, '33.33'],
    [0, 57, '0.00'],
    [57, 57, '100.00'],
    [1, 1, '100.00'],
    [9_999, 10_000, '99.99'],
    [199_999, 200_000, '100.00'],
  ])('%i satisfied of %i given answers → %s', (satisfied, answers, expected) => {
    expect(index(satisfied, answers)).toBe(expected);
  });

  it('rounds a half up, not to even: 1 of 32 = 3.125 → 3.13 (to even: 3.12), 1 of 800 = 0.125 → 0.13', () => {
    expect([index(1, 32), index(3, 32), index(1, 800)]).toEqual(['3.13', '9.38', '0.13']);
  });

  it('rounds 2 of 30000 (0.006666…) to 0.01 and 1 of 30000 (0.00333…) to 0.00, exactly', () => {
    expect([index(2, 30_000), index(1, 30_000)]).toEqual(['0.01', '0.00']);
  });

  it('is exact where binary floats are not: 23 of 160 is 14.375 → 14.38, 29 of 800 is 3.625 → 3.63', () => {
    expect([((23 / 160) * 100).toFixed(2), ((29 / 800) * 100).toFixed(2)]).toEqual(['14.37', '3.62']);
    expect([index(23, 160), index(29, 800)]).toEqual(['14.38', '3.63']);
  });

  it('gives no index when no answer was given (all left empty), never a division by zero', () => {
    expect(satisfactionIndex({ answers: 0, satisfied: 0 })).toBeNull();
  });

  it('writes itself with exactly 2 decimals, in JSON too', () => {
    expect(JSON.stringify({ index: satisfactionIndex({ answers: 4, satisfied: 3 }) })).toBe('{"index":"75.00"}');
  });

  it.each([
    [{ answers: -1, satisfied: 0 }, 'counts.answers'],
    [{ answers: 10, satisfied: -1 }, 'counts.satisfied'],
    [{ answers: 10.5, satisfied: 1 }, 'counts.answers'],
    [{ answers: 10, satisfied: 11 }, 'counts.satisfied'],
    [{ answers: Number.NaN, satisfied: 0 }, 'counts.answers'],
    [{ answers: 2 ** 53, satisfied: 0 }, 'counts.answers'],
  ])('throws SURVEY_COUNT_INVALID on counts no aggregation produces: %o', (counts, field) => {
    expect(() => satisfactionIndex(counts)).toThrow(expect.objectContaining({ code: 'SURVEY_COUNT_INVALID', field }));
  });
});
