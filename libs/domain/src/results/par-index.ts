import Decimal from 'decimal.js';
import { ExactDecimal, parseTwoPlaceDecimal } from '../exact-decimal';
import { Points } from '../points';
import { unwrap } from '../result';

/** A PAR Index value: a percentage with exactly 2 decimals, as published ("66.67"). */
export class IndexValue {
  private constructor(private readonly value: Decimal) {}

  /** For known values (tests, fixtures): "66.67" or 66.67. */
  static of(input: number | string): IndexValue {
    return new IndexValue(unwrap(parseTwoPlaceDecimal(input, { field: 'index', noun: 'index' })));
  }

  /** Rounds half-up (away from zero on a tie) to the 2 decimals everything downstream uses. */
  static rounded(exact: Decimal): IndexValue {
    const rounded = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return new IndexValue(rounded.isZero() ? new ExactDecimal(0) : rounded);
  }

  compareTo(other: IndexValue): -1 | 0 | 1 {
    return this.value.comparedTo(other.value) as -1 | 0 | 1;
  }

  equals(other: IndexValue): boolean {
    return this.value.eq(other.value);
  }

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

/**
 * index = appraisedTotal / applicableMax × 100, rounded half-up to 2 places, in exact decimals so that
 * 179.99 / 200 gives 90.00 and not 89.99. With nothing applicable (max 0) there is no index: null.
 */
export function computeIndex(appraisedTotal: Points, applicableMax: Points): IndexValue | null {
  if (!applicableMax.isPositive()) return null;
  return IndexValue.rounded(appraisedTotal.toDecimal().times(100).div(applicableMax.toDecimal()));
}
