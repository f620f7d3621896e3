import { ExactDecimal } from '../exact-decimal';
import { IndexValue } from '../results/par-index';
import { assertAnswerCounts } from './count-checks';

/** Answers given to a unit or an aspect (an empty answer is not a given answer) and how many were satisfied. */
export interface AnswerCounts {
  readonly answers: number;
  readonly satisfied: number;
}

/**
 * A survey index (INTERCHANGE "Surveys"): satisfied answers / given answers × 100, rounded half-up to 2
 * places ("81.50"). With no given answer there is no index: null, never a division by zero. Throws
 * SURVEY_COUNT_INVALID on counts no aggregation can produce (negative, fractional, more satisfied than given).
 */
export function satisfactionIndex(counts: AnswerCounts): IndexValue | null {
  assertAnswerCounts(counts);
  if (counts.answers === 0) return null;
  return IndexValue.rounded(new ExactDecimal(counts.satisfied).times(100).div(counts.answers));
}
