import { ExactDecimal } from '../exact-decimal';
import { IndexValue } from '../results/par-index';
import { assertCount } from './count-checks';

/**
 * How much of the planned sample was received: received / planned × 100, rounded half-up to 2 places
 * (above 100 when more came in than planned). Null when nothing was planned. Throws
 * SURVEY_COUNT_INVALID on a count that is not a whole number from 0 up.
 */
export function sampleCoverage(received: number, planned: number): IndexValue | null {
  assertCount(received, 'received');
  assertCount(planned, 'planned');
  if (planned === 0) return null;
  return IndexValue.rounded(new ExactDecimal(received).times(100).div(planned));
}
