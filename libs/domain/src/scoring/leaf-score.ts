import { DomainError } from '../domain-error';
import { CriterionLeaf } from '../criteria/criteria-tree';
import { Points, PointsInput } from '../points';
import { fail, ok, Result } from '../result';
import { validateAllOrNothingScore } from './all-or-nothing-scoring';
import { validateBandScore } from './band-scoring';
import { validateDeductionScore } from './deduction-scoring';
import { validateManualScore } from './manual-scoring';

/**
 * Whether `points` may be given to `leaf` (by the unit, an appraiser or the council): 2 decimals at most,
 * within [0, max], and a value the leaf's method can produce. Errors name the criterion and the value.
 */
export function validateLeafScore(leaf: CriterionLeaf, points: PointsInput | Points): Result<Points> {
  const raw = points instanceof Points ? points.toString() : points;
  const parsed = points instanceof Points ? ok(points) : Points.parse(points);
  if (!parsed.ok) return fail(parsed.error.inCriterion(leaf.code));
  const value = parsed.value;
  if (value.isNegative()) {
    return fail(
      new DomainError('SCORE_BELOW_ZERO', `Criterion ${leaf.code}: points ${value} are below 0`, { field: 'points', value: raw, criterion: leaf.code }),
    );
  }
  if (value.greaterThan(leaf.maxPoints)) {
    return fail(
      new DomainError('SCORE_ABOVE_MAX', `Criterion ${leaf.code}: points ${value} are above the maximum ${leaf.maxPoints}`, {
        field: 'points',
        value: raw,
        criterion: leaf.code,
      }),
    );
  }
  const byMethod = allowedByMethod(leaf, value);
  if (byMethod.ok) return byMethod;
  const { code, message, field } = byMethod.error;
  return fail(new DomainError(code, `Criterion ${leaf.code}: ${message}`, { field, value: raw, criterion: leaf.code }));
}

function allowedByMethod(leaf: CriterionLeaf, points: Points): Result<Points> {
  const method = leaf.method;
  switch (method.kind) {
    case 'manual':
      return validateManualScore(method, points);
    case 'bands':
      return validateBandScore(method, points);
    case 'allOrNothing':
      return validateAllOrNothingScore(leaf.maxPoints, points);
    case 'deduction':
      return validateDeductionScore(method, leaf.maxPoints, points);
  }
}
