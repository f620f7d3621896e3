import Decimal from 'decimal.js';
import { ExactDecimal } from '../exact-decimal';
import { IndexValue } from '../results/par-index';
import { assertAnswerCounts } from './count-checks';
import { AnswerCounts } from './satisfaction-index';

/** Where the true share of satisfied answers lies, with 95 % confidence, in percent with 2 places. */
export interface ConfidenceInterval {
  readonly low: IndexValue;
  readonly high: IndexValue;
}

/** The normal quantile of a two-sided 95 % interval. */
const Z = new ExactDecimal('1.96');
const Z_SQUARED = Z.times(Z);
const HUNDRED = new ExactDecimal(100);

/**
 * The Wilson score interval of the satisfied share, z = 1.96, bounds in percent rounded half-up to 2
 * places and kept within [0, 100]; null with no given answer.
 *
 * Why Wilson and not the textbook p ± z·√(p(1−p)/n): SIPAS shares are often near 100 % (or a small unit
 * near 0 %), where that normal approximation collapses to a zero-width interval at 0 % and 100 % and
 * otherwise spills past the ends of the scale. Wilson's interval stays inside [0, 100], is never empty,
 * and keeps its stated coverage for small units, at the cost of one square root (decimal.js, 50 digits).
 *
 * In the closed form used here: bounds = (2s + z² ∓ z·√(z² + 4s(n−s)/n)) / (2(n + z²)), s satisfied of n.
 */
export function wilsonInterval(counts: AnswerCounts): ConfidenceInterval | null {
  assertAnswerCounts(counts);
  const { answers, satisfied } = counts;
  if (answers === 0) return null;
  const n = new ExactDecimal(answers);
  const s = new ExactDecimal(satisfied);
  const spread = Z.times(Z_SQUARED.plus(s.times(4).times(n.minus(s)).div(n)).sqrt());
  const centre = s.times(2).plus(Z_SQUARED);
  const denominator = n.plus(Z_SQUARED).times(2);
  return { low: percent(centre.minus(spread).div(denominator)), high: percent(centre.plus(spread).div(denominator)) };
}

function percent(share: Decimal): IndexValue {
  return IndexValue.rounded(ExactDecimal.min(HUNDRED, ExactDecimal.max(0, share.times(HUNDRED))));
}
