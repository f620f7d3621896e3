import type { ScoringMethodData } from '@par/contracts';
import { Points } from '@par/domain';

const HUNDREDTH = Points.of('0.01');

/**
 * Whether a leaf's method can take the points a survey computes (maxPoints × index / 100, any value to the
 * hundredth): only a manual method whose step divides 0.01, i.e. step 0.01. Bands, all-or-nothing and
 * deduction give a few fixed values, a manual step of 0.25 only quarters.
 */
export function takesSurveyPoints(method: ScoringMethodData): boolean {
  return method.kind === 'manual' && HUNDREDTH.isMultipleOf(Points.of(method.step));
}

/** The method as a clerk reads it in a message: "manual with step 0.25", "bands", "allOrNothing", "deduction". */
export function methodName(method: ScoringMethodData): string {
  return method.kind === 'manual' ? `manual with step ${Points.of(method.step)}` : method.kind;
}
