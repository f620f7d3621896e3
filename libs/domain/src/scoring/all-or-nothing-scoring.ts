import { DomainError } from '../domain-error';
import { Points } from '../points';
import { fail, ok, Result } from '../result';

/** The requirement is met in full (max) or not at all (0), e.g. "plan issued on time". */
export interface AllOrNothingMethod {
  readonly kind: 'allOrNothing';
}

export function scoreAllOrNothing(max: Points, met: boolean): Points {
  return met ? max : Points.ZERO;
}

export function validateAllOrNothingScore(max: Points, points: Points): Result<Points> {
  if (points.isZero() || points.equals(max)) return ok(points);
  return fail(
    new DomainError('SCORE_NOT_ALL_OR_NOTHING', `points ${points} must be 0.00 or the maximum ${max}`, { field: 'points', value: points.toString() }),
  );
}
