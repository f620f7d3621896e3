import { Points } from '../points';

/** One campaign's value for a unit's leaf, and when it was applied. */
export interface SurveyValueCandidate {
  readonly campaignId: string;
  /** The instant it was applied, in epoch milliseconds; null when not yet recorded (it will be, at import time). */
  readonly at: number | null;
  readonly points: Points;
}

/**
 * Of the campaigns that gave a unit's leaf a value, the one applied latest is in force: the latest `at`,
 * an unrecorded one (null) counting as later than every recorded one, then the greater campaign id
 * (code-unit order), so that any arrival order gives the same answer. One campaign giving the same leaf
 * two values at the same instant leaves nothing to choose by: the greater points win, again so that the
 * order never matters. The value in force replaces whatever the appraisal or the council gave the leaf.
 * Undefined when no campaign gave one.
 */
export function surveyValueInForce<C extends SurveyValueCandidate>(candidates: readonly C[]): C | undefined {
  candidates.forEach((candidate, position) => assertInstant(candidate.at, `candidates[${position}].at`));
  return candidates.reduce<C | undefined>((inForce, candidate) => (inForce === undefined || appliedLater(candidate, inForce) ? candidate : inForce), undefined);
}

function appliedLater(candidate: SurveyValueCandidate, than: SurveyValueCandidate): boolean {
  if (candidate.at !== than.at) return candidate.at === null || (than.at !== null && candidate.at > than.at);
  if (candidate.campaignId !== than.campaignId) return candidate.campaignId > than.campaignId;
  return candidate.points.greaterThan(than.points);
}

/** A NaN (an invalid Date's time) would compare as neither earlier nor later: refused, naming the candidate. */
function assertInstant(at: number | null, field: string): void {
  if (at === null || Number.isFinite(at)) return;
  throw new RangeError(`${field} ${String(at)} must be an instant in epoch milliseconds, or null when not yet recorded`);
}
