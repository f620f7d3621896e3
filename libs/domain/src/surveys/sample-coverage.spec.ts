import { sampleCoverage } from '..';

const coverage = (received: number, planned: number) => sampleCoverage(received, planned)?.toString() ?? null;

describe('sampleCoverage', () => {
  it.each([
    [385, 385, '100.00'],
    [300, 385, '77.92'], // 77.922…
    [1, 3, '33.33'],
    [2, 3, '66.67'],
    [1, 8, '12.50'],
    [1, 800, '0.13'], // 0.125 → 0.13, half-up
    [0, 385, '0.00'],
    [450, 400, '112.50'], // more came in than planned
  ])('%i received of %i planned → %s %%', (received, planned, expected) => {
    expect(coverage(received, planned)).toBe(expected);
  });

  it('is null when nothing was planned', () => {
    expect(sampleCoverage(0, 0)).toBeNull();
    expect(sampleCoverage(12, 0)).toBeNull();
  });

  it.each([
    [-1, 10, 'received'],
    [1.5, 10, 'received'],
    [1, -10, 'planned'],
    [1, Number.NaN, 'planned'],
  ])('throws SURVEY_COUNT_INVALID on received %p, planned %p', (received, planned, field) => {
    expect(() => sampleCoverage(received, planned)).toThrow(expect.objectContaining({ code: 'SURVEY_COUNT_INVALID', field }));
  });
});
