import fc from 'fast-check';
import { DomainError, Points, Result } from '.';

function rejection(result: Result<Points>): DomainError {
  if (result.ok) throw new Error(`expected a rejection, got ${result.value}`);
  return result.error;
}

describe('Points.parse', () => {
  it.each<[unknown, string]>([
    [1, '1.00'],
    [0.5, '0.50'],
    [1.25, '1.25'],
    ['87.64', '87.64'],
    ['0', '0.00'],
    ['-0', '0.00'],
    [-0, '0.00'],
    ['-1.5', '-1.50'],
    [98.5, '98.50'],
  ])('reads %p as %s', (input, printed) => {
    const parsed = Points.parse(input);
    expect(parsed.ok && parsed.value.toString()).toBe(printed);
  });

  it.each<unknown>(['0.125', 0.125, 1.001, '87.645', 0.1 + 0.2, 1e-7])('rejects %p: more than 2 decimal places', (input) => {
    expect(rejection(Points.parse(input)).code).toBe('POINTS_TOO_MANY_DECIMALS');
  });

  it.each<unknown>([NaN, Infinity, -Infinity, '', ' 1', '1 ', 'abc', '1,5', '1.', '.5', '+1', '1e2', 1e21, null, undefined, true, {}, []])(
    'rejects %p: not a plain decimal',
    (input) => {
      expect(rejection(Points.parse(input)).code).toBe('POINTS_MALFORMED');
    },
  );

  it('rejects absurdly large values rather than rounding them', () => {
    expect(rejection(Points.parse('1000000000000000')).code).toBe('POINTS_TOO_LARGE');
    expect(Points.parse('999999999999999.99').ok).toBe(true);
  });

  it('names the field and quotes the value in its error', () => {
    const error = rejection(Points.parse('0,75', { field: 'maxPoints' }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.field).toBe('maxPoints');
    expect(error.value).toBe('0,75');
    expect(error.message).toBe('maxPoints "0,75" is not a decimal number');
  });

  it('accepts negatives unless the input must be non-negative', () => {
    expect(Points.parse(-0.5).ok).toBe(true);
    expect(rejection(Points.parse(-0.5, { nonNegative: true })).code).toBe('POINTS_NEGATIVE');
    expect(Points.parse('0.00', { nonNegative: true }).ok).toBe(true);
  });

  it('Points.of throws the DomainError of a bad literal', () => {
    expect(() => Points.of('0.125')).toThrow(DomainError);
  });
});

describe('Points arithmetic', () => {
  it('sums 10,000 × 0.01 to exactly 100.00', () => {
    expect(Points.sum(Array.from({ length: 10_000 }, () => Points.of('0.01'))).toString()).toBe('100.00');
  });

  it('adds 0.1 and 0.2 to exactly 0.30, where binary floats would not', () => {
    expect(Points.of(0.1).plus(Points.of(0.2)).toString()).toBe('0.30');
  });

  it('subtracts below zero: deductions can exceed the points achieved', () => {
    expect(Points.of('0.25').minus(Points.of('0.5')).toString()).toBe('-0.25');
  });

  it('multiplies by whole numbers only (3 violations × 0.5)', () => {
    expect(Points.of('0.5').times(3).toString()).toBe('1.50');
    expect(Points.ZERO.times(-1).toString()).toBe('0.00');
    expect(() => Points.of('0.5').times(1.5)).toThrow(expect.objectContaining({ code: 'POINTS_FACTOR_NOT_INTEGER' }));
  });

  it('compares, and finds the least and the greatest', () => {
    const [low, mid, high] = [Points.of('0.75'), Points.of(1), Points.of('1.25')];
    expect(low.compareTo(mid)).toBe(-1);
    expect(mid.compareTo(Points.of('1.00'))).toBe(0);
    expect(high.compareTo(mid)).toBe(1);
    expect(Points.min(mid, high, low)).toBe(low);
    expect(Points.max(mid, high, low)).toBe(high);
    expect(Points.ZERO.isZero()).toBe(true);
    expect(Points.of('-0.01').isNegative()).toBe(true);
  });

  it('knows whether a value sits on a step grid', () => {
    expect(Points.of('0.75').isMultipleOf(Points.of('0.25'))).toBe(true);
    expect(Points.of('0.8').isMultipleOf(Points.of('0.25'))).toBe(false);
    expect(Points.ZERO.isMultipleOf(Points.of('0.5'))).toBe(true);
  });

  it('writes exactly 2 places, in JSON too', () => {
    expect(JSON.stringify({ selfTotal: Points.of(4.5), index: Points.ZERO })).toBe('{"selfTotal":"4.50","index":"0.00"}');
  });
});

describe('Points properties', () => {
  const hundredths = fc.integer({ min: -1_000_000, max: 1_000_000 });

  it('a printed value reads back as itself', () => {
    fc.assert(
      fc.property(hundredths, (h) => {
        const points = Points.fromHundredths(h);
        const reread = Points.parse(points.toString());
        return reread.ok && reread.value.equals(points);
      }),
    );
  });

  it('a sum does not depend on the order of its terms, and matches integer arithmetic in hundredths', () => {
    fc.assert(
      fc.property(
        fc.array(hundredths, { maxLength: 60 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const sum = Points.sum(list.map(Points.fromHundredths));
          const expected = Points.fromHundredths(list.reduce((total, h) => total + h, 0));
          return sum.equals(Points.sum(shuffled.map(Points.fromHundredths))) && sum.equals(expected);
        },
      ),
    );
  });
});
