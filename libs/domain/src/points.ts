import Decimal from 'decimal.js';
import { DomainError, quote } from './domain-error';
import { ExactDecimal, parseTwoPlaceDecimal } from './exact-decimal';
import { fail, ok, Result, unwrap } from './result';

/** Points as they arrive in JSON: a number or a string ("87.64"). */
export type PointsInput = number | string;

export interface ParsePointsOptions {
  /** Field named in the error, e.g. `maxPoints`; defaults to `points`. */
  readonly field?: string;
  /** Reject values below zero (scores, maxima, bonus); arithmetic results may still go negative. */
  readonly nonNegative?: boolean;
}

/**
 * A points value with at most 2 decimal places, kept exact in decimal arithmetic.
 * Writes itself with exactly 2 places ("87.64", "0.00"), which is also its JSON form.
 */
export class Points {
  static readonly ZERO = new Points(new ExactDecimal(0));

  private constructor(private readonly value: Decimal) {}

  static parse(input: unknown, options: ParsePointsOptions = {}): Result<Points> {
    const field = options.field ?? 'points';
    const parsed = parseTwoPlaceDecimal(input, { field, noun: field });
    if (!parsed.ok) return parsed;
    if (options.nonNegative && parsed.value.isNegative()) {
      return fail(new DomainError('POINTS_NEGATIVE', `${field} ${quote(input)} must not be negative`, { field, value: input }));
    }
    return ok(new Points(parsed.value));
  }

  /** For trusted literals (constants, tests): throws the DomainError a bad literal deserves. */
  static of(input: PointsInput | Points): Points {
    return input instanceof Points ? input : unwrap(Points.parse(input));
  }

  /** From a whole number of hundredths: 1234 → 12.34. */
  static fromHundredths(hundredths: number): Points {
    assertInteger(hundredths, 'hundredths');
    return new Points(new ExactDecimal(hundredths).div(100));
  }

  static sum(values: Iterable<Points>): Points {
    let total = new ExactDecimal(0);
    for (const points of values) total = total.plus(points.value);
    return new Points(total);
  }

  static min(first: Points, ...rest: Points[]): Points {
    return rest.reduce((least, points) => (points.lessThan(least) ? points : least), first);
  }

  static max(first: Points, ...rest: Points[]): Points {
    return rest.reduce((most, points) => (points.greaterThan(most) ? points : most), first);
  }

  plus(other: Points): Points {
    return new Points(this.value.plus(other.value));
  }

  minus(other: Points): Points {
    return new Points(this.value.minus(other.value));
  }

  /** Only by a whole number: anything else could leave more than 2 decimal places. */
  times(factor: number): Points {
    assertInteger(factor, 'factor');
    return new Points(this.value.times(factor));
  }

  compareTo(other: Points): -1 | 0 | 1 {
    return this.value.comparedTo(other.value) as -1 | 0 | 1;
  }

  equals(other: Points): boolean {
    return this.value.eq(other.value);
  }

  lessThan(other: Points): boolean {
    return this.value.lt(other.value);
  }

  lessThanOrEqual(other: Points): boolean {
    return this.value.lte(other.value);
  }

  greaterThan(other: Points): boolean {
    return this.value.gt(other.value);
  }

  greaterThanOrEqual(other: Points): boolean {
    return this.value.gte(other.value);
  }

  isZero(): boolean {
    return this.value.isZero();
  }

  isNegative(): boolean {
    return this.value.isNegative() && !this.value.isZero();
  }

  isPositive(): boolean {
    return this.value.isPositive() && !this.value.isZero();
  }

  /** Whether this is a whole number of `step`s (0 included), e.g. 0.75 of step 0.25. */
  isMultipleOf(step: Points): boolean {
    return !step.isZero() && this.value.mod(step.value).isZero();
  }

  /** The exact decimal, for ratios such as the index; arithmetic on points stays on Points. */
  toDecimal(): Decimal {
    return this.value;
  }

  toString(): string {
    return this.value.toFixed(2);
  }

  toJSON(): string {
    return this.toString();
  }
}

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('POINTS_FACTOR_NOT_INTEGER', `${name} ${quote(value)} must be a whole number`, { field: name, value });
  }
}
