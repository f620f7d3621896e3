import { plannedSampleSize } from '..';

const planned = (population: unknown, margin?: unknown) => plannedSampleSize(population, margin);

describe('plannedSampleSize (Yamane: n = N / (1 + N·e²), rounded up)', () => {
  it.each([
    [10_000, 385], // 384.615…
    [100, 80], // exactly 80: not rounded up to 81
    [400, 200], // exactly 200
    [1, 1], // 0.9975
    [2, 2], // 1.99
    [250, 154], // 153.846…
    [1_000, 286], // 285.714…
    [50_000, 397], // 396.825…
    [1_000_000, 400], // 399.840…
    [9_007_199_254_740_991, 400], // the largest safe population: just below 400
    [0, 0],
  ])('a population of %i plans %i respondents at ±5 %%', (population, n) => {
    expect(planned(population)).toEqual({ ok: true, value: n });
  });

  it.each([
    [10_000, 0.1, 100], // 99.0099…
    [10_000, '0.03', 1_000], // exactly 1000
    [10_000, '0.035', 755], // 754.71…
    [10_000, 0.01, 5_000], // exactly 5000
    [10_000, '0.000001', 10_000], // 9 999.9999
    [10_000, '0.999999', 1], // 0.9999…
  ])('a population of %i at a margin of %s plans %i', (population, margin, n) => {
    expect(planned(population, margin)).toEqual({ ok: true, value: n });
  });

  it.each([[-1], [1.5], [Number.NaN], [2 ** 53], ['10000'], [null], [undefined]])('refuses a population of %p', (population) => {
    const result = planned(population);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'SAMPLE_POPULATION_INVALID', field: 'population' });
  });

  it.each([[0], [1], [-0.05], [1.5], ['5%'], ['0,05'], [' 0.05'], ['0.0000001'], [1e-7], [Number.NaN], [null], [0.1 + 0.2]])(
    'refuses a margin of %p',
    (margin) => {
      const result = planned(10_000, margin);
      expect(result.ok ? undefined : result.error).toMatchObject({ code: 'SAMPLE_MARGIN_INVALID', field: 'margin' });
    },
  );

  it('names the problem and bounds what it repeats', () => {
    const result = planned(10_000, '9'.repeat(5_000));
    expect(result.ok ? '' : result.error.message.length).toBeLessThan(250);
  });
});
