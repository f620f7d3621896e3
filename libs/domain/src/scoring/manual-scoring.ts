import { DomainError, quote } from '../domain-error';
import { Points } from '../points';
import { fail, invalid, ok, Result, Validation } from '../result';

/** The appraiser sets any value in [0, max] on a grid of `step` (0.25, 0.5, 0.01 …). */
export interface ManualMethod {
  readonly kind: 'manual';
  readonly step: Points;
}

export function parseManualMethod(input: { readonly step?: unknown }, max: Points | undefined, field: string): Validation<ManualMethod> {
  const stepField = `${field}.step`;
  const step = Points.parse(input.step, { field: stepField });
  if (!step.ok) return invalid([step.error]);
  if (!step.value.isPositive()) {
    return invalid([
      new DomainError('METHOD_STEP_NOT_POSITIVE', `${stepField} ${quote(input.step)} must be greater than 0`, { field: stepField, value: input.step }),
    ]);
  }
  if (max && !max.isMultipleOf(step.value)) {
    return invalid([
      new DomainError('METHOD_MAX_OFF_STEP', `maxPoints ${max} is not a whole number of steps of ${step.value}`, { field: stepField, value: input.step }),
    ]);
  }
  return ok({ kind: 'manual', step: step.value });
}

/** A manual score is whatever was set, provided it sits on the step grid (range is checked by the leaf). */
export function validateManualScore(method: ManualMethod, points: Points): Result<Points> {
  if (points.isMultipleOf(method.step)) return ok(points);
  return fail(
    new DomainError('SCORE_OFF_STEP', `points ${points} are not a multiple of the step ${method.step}`, { field: 'points', value: points.toString() }),
  );
}
