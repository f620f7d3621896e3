import { IndexValue, Points, surveyLeafPoints } from '..';

const points = (maxPoints: string, index: string | null) =>
  surveyLeafPoints(Points.of(maxPoints), index === null ? null : IndexValue.of(index))?.toString() ?? null;

describe('surveyLeafPoints', () => {
  it.each([
    ['2.5', '81.50', '2.04'], // 2.0375 → 2.04
    ['2.5', '85.19', '2.13'], // 2.12975 → 2.13
    ['10', '81.50', '8.15'],
    ['1', '66.67', '0.67'], // 0.6667
    ['0.5', '50.00', '0.25'],
    ['22', '73.33', '16.13'], // 16.1326
    ['2.5', '100.00', '2.50'],
    ['2.5', '0.00', '0.00'],
    ['0.01', '49.99', '0.00'],
    ['0.01', '50.00', '0.01'], // 0.005 → 0.01, half-up
  ])('a leaf of max %s at index %s receives %s', (maxPoints, index, expected) => {
    expect(points(maxPoints, index)).toBe(expected);
  });

  it('rounds a half up: max 2.5 at 12.50 is 0.3125 → 0.31, at 12.70 is 0.3175 → 0.32', () => {
    expect([points('2.5', '12.50'), points('2.5', '12.70'), points('0.1', '25.00'), points('0.1', '35.00')]).toEqual(['0.31', '0.32', '0.03', '0.04']);
  });

  it('never gives more than the maximum, even at 100.00', () => {
    expect(points('99.99', '100.00')).toBe('99.99');
  });

  it('gives no points (null), not 0, to a unit with no answers', () => {
    expect(points('2.5', null)).toBeNull();
  });

  it.each([['-0.01'], ['100.01'], ['111.11']])('throws SURVEY_INDEX_OUT_OF_RANGE on an index of %s', (index) => {
    expect(() => points('2.5', index)).toThrow(expect.objectContaining({ code: 'SURVEY_INDEX_OUT_OF_RANGE', field: 'index', value: index }));
  });

  it.each([['0'], ['-1']])('throws SURVEY_MAX_POINTS_NOT_POSITIVE on a leaf maximum of %s', (maxPoints) => {
    expect(() => points(maxPoints, '50.00')).toThrow(expect.objectContaining({ code: 'SURVEY_MAX_POINTS_NOT_POSITIVE', field: 'maxPoints' }));
  });
});
