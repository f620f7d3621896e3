import { DomainError, quote } from '../domain-error';
import { Points } from '../points';
import { fail, invalid, ok, Result, Validation } from '../result';

/**
 * The leaf starts at max and loses `perOccurrence` per violation, never more than `cap` in all.
 * Without a cap (the plain "−0.5 per item") deductions can take the whole leaf.
 */
export interface DeductionMethod {
  readonly kind: 'deduction';
  readonly perOccurrence: Points;
  readonly cap?: Points;
}

export function parseDeductionMethod(
  input: { readonly perOccurrence?: unknown; readonly cap?: unknown },
  max: Points | undefined,
  field: string,
): Validation<DeductionMethod> {
  const errors: DomainError[] = [];
  const perField = `${field}.perOccurrence`;
  const capField = `${field}.cap`;
  const perOccurrence = Points.parse(input.perOccurrence, { field: perField });
  if (!perOccurrence.ok) errors.push(perOccurrence.error);
  else if (!perOccurrence.value.isPositive()) {
    errors.push(
      new DomainError('METHOD_DEDUCTION_NOT_POSITIVE', `${perField} ${quote(input.perOccurrence)} must be greater than 0`, {
        field: perField,
        value: input.perOccurrence,
      }),
    );
  }
  const cap = input.cap === undefined || input.cap === null ? undefined : Points.parse(input.cap, { field: capField });
  if (cap && !cap.ok) errors.push(cap.error);
  else if (cap && !cap.value.isPositive()) {
    errors.push(
      new DomainError('METHOD_DEDUCTION_CAP_NOT_POSITIVE', `${capField} ${quote(input.cap)} must be greater than 0`, { field: capField, value: input.cap }),
    );
  } else if (cap && max && cap.value.greaterThan(max)) {
    errors.push(new DomainError('METHOD_DEDUCTION_CAP_ABOVE_MAX', `${capField} ${cap.value} is above maxPoints ${max}`, { field: capField, value: input.cap }));
  }
  if (errors.length > 0 || !perOccurrence.ok) return invalid(errors);
  if (cap === undefined) return ok({ kind: 'deduction', perOccurrence: perOccurrence.value });
  return cap.ok ? ok({ kind: 'deduction', perOccurrence: perOccurrence.value, cap: cap.value }) : invalid([cap.error]);
}

export function scoreByDeduction(method: DeductionMethod, max: Points, occurrences: number): Points {
  if (!Number.isSafeInteger(occurrences) || occurrences < 0) {
    throw new DomainError('OCCURRENCES_INVALID', `occurrences ${quote(occurrences)} must be a whole number ≥ 0`, { field: 'occurrences', value: occurrences });
  }
  const lost = Points.min(method.cap ?? max, method.perOccurrence.times(occurrences));
  return Points.max(Points.ZERO, max.minus(lost));
}

/** Reachable scores: max − k × perOccurrence while that stays above max − cap, and max − cap itself. */
export function validateDeductionScore(method: DeductionMethod, max: Points, points: Points): Result<Points> {
  const cap = method.cap ?? max;
  const lost = max.minus(points);
  const floor = Points.max(Points.ZERO, max.minus(cap));
  const reachable = points.equals(floor) || (!lost.isNegative() && lost.lessThanOrEqual(cap) && (lost.isZero() || lost.isMultipleOf(method.perOccurrence)));
  if (reachable) return ok(points);
  return fail(
    new DomainError(
      'SCORE_NOT_REACHABLE_BY_DEDUCTION',
      `points ${points} cannot be reached from ${max} by deductions of ${method.perOccurrence} capped at ${cap}`,
      { field: 'points', value: points.toString() },
    ),
  );
}
