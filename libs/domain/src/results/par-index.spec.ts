import { computeIndex, IndexValue } from '..';
import { pts } from './worked-example.fixture';

describe('computeIndex', () => {
  it.each([
    ['2.25', '4.5', '50.00'],
    ['3', '4.5', '66.67'],
    ['81.2', '88', '92.27'],
    ['85.55', '98.5', '86.85'],
    ['1', '3', '33.33'],
  ])('%s / %s × 100 = %s', (achieved, max, index) => {
    expect(computeIndex(pts(achieved), pts(max))?.toString()).toBe(index);
  });

  it('rounds 89.995 half-up to exactly 90.00 (179.99 / 200)', () => {
    expect(computeIndex(pts('179.99'), pts(200))?.toString()).toBe('90.00');
  });

  it('rounds 85.005 to 85.01 (170.01 / 200), where binary floats print 85.00', () => {
    expect(((170.01 / 200) * 100).toFixed(2)).toBe('85.00');
    expect(computeIndex(pts('170.01'), pts(200))?.toString()).toBe('85.01');
  });

  it('rounds a half up, not to even: 1.01 / 8 = 12.625 → 12.63', () => {
    expect(computeIndex(pts('1.01'), pts(8))?.toString()).toBe('12.63');
    expect(computeIndex(pts('1.03'), pts(8))?.toString()).toBe('12.88');
  });

  it('goes above 100 with a bonus and below 0 with deductions beyond the points achieved', () => {
    expect(computeIndex(pts('5'), pts('4.5'))?.toString()).toBe('111.11');
    expect(computeIndex(pts('-0.01'), pts(8))?.toString()).toBe('-0.13');
  });

  it('gives no index when nothing is applicable (max 0), rather than dividing by zero', () => {
    expect(computeIndex(pts('0'), pts('0'))).toBeNull();
    expect(computeIndex(pts('0.5'), pts('0'))).toBeNull();
  });

  it('is written with exactly 2 decimals, in JSON too', () => {
    expect(JSON.stringify({ index: computeIndex(pts(2), pts(2)) })).toBe('{"index":"100.00"}');
    expect(IndexValue.of(80).toString()).toBe('80.00');
  });
});
