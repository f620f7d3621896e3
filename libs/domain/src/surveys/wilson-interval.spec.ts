import { wilsonInterval } from '..';

const interval = (satisfied: number, answers: number) => {
  const ci = wilsonInterval({ answers, satisfied });
  return ci && [ci.low.toString(), ci.high.toString()];
};

describe('wilsonInterval (95 %, z = 1.96)', () => {
  // Expected bounds computed independently with Python's decimal module at 80 digits.
  it.each([
    [81, 100, '72.22', '87.49'],
    [163, 200, '75.54', '86.27'],
    [351, 412, '81.44', '88.30'],
    [5, 10, '23.66', '76.34'],
    [1, 2, '9.45', '90.55'],
    [4, 5, '37.55', '96.38'],
    [27, 30, '74.38', '96.54'],
    [9_900, 10_000, '98.79', '99.18'],
    [50_000, 100_000, '49.69', '50.31'],
  ])('%i satisfied of %i → [%s, %s]', (satisfied, answers, low, high) => {
    expect(interval(satisfied, answers)).toEqual([low, high]);
  });

  it.each([
    [0, 1, '0.00', '79.35'],
    [0, 10, '0.00', '27.75'],
    [0, 10_000, '0.00', '0.04'],
    [1, 10_000, '0.00', '0.06'],
  ])('near 0 %% (%i of %i) stays above 0 and is not empty: [%s, %s]', (satisfied, answers, low, high) => {
    expect(interval(satisfied, answers)).toEqual([low, high]);
  });

  it.each([
    [1, 1, '20.65', '100.00'],
    [3, 3, '43.85', '100.00'],
    [10, 10, '72.25', '100.00'],
    [10_000, 10_000, '99.96', '100.00'],
    [99_999, 100_000, '99.99', '100.00'],
  ])('near 100 %% (%i of %i), where SIPAS shares often are, stays at most 100 and is not empty: [%s, %s]', (satisfied, answers, low, high) => {
    expect(interval(satisfied, answers)).toEqual([low, high]);
  });

  it('is wider for a small unit than for a large one with the same share', () => {
    expect(interval(9, 10)).toEqual(['59.58', '98.21']);
    expect(interval(900, 1_000)).toEqual(['87.98', '91.71']);
  });

  it('gives no interval when no answer was given', () => {
    expect(wilsonInterval({ answers: 0, satisfied: 0 })).toBeNull();
  });

  it('writes its bounds with exactly 2 decimals in JSON', () => {
    expect(JSON.stringify(wilsonInterval({ answers: 100, satisfied: 81 }))).toBe('{"low":"72.22","high":"87.49"}');
  });

  it('throws SURVEY_COUNT_INVALID on impossible counts', () => {
    expect(() => wilsonInterval({ answers: 3, satisfied: 4 })).toThrow(expect.objectContaining({ code: 'SURVEY_COUNT_INVALID', field: 'counts.satisfied' }));
  });
});
