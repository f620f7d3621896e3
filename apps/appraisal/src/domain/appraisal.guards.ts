import { Points, PointsInput, validateLeafScore } from '@par/domain';
import type { Actor, Role } from '@par/contracts';
import { AppraisalError } from './appraisal.errors';
import { AppraisalState, isStarted, LeafState, StartedAppraisal } from './appraisal.state';

// Checks shared by the use cases. The gateway authorises too; these hold when commands are replayed by
// the CLI import or issued by a misconfigured client (defence in depth).

/** The `field` of a refusal caused by where the appraisal stands (its phase) rather than by any one input field. */
export const PHASE_FIELD = 'phase';

export function requireRole(actor: Actor, allowed: readonly Role[], action: string): void {
  if (!allowed.includes(actor.role)) {
    throw new AppraisalError('ROLE_NOT_ALLOWED', `${actor.role} may not ${action}; allowed: ${allowed.join(', ')}`, 'actor.role');
  }
}

export function requireStarted(state: AppraisalState): StartedAppraisal {
  if (!isStarted(state)) {
    throw new AppraisalError('APPRAISAL_NOT_STARTED', 'The appraisal has not started: the unit has not submitted its self-assessment', PHASE_FIELD);
  }
  return state;
}

/** Nobody appraises the unit they belong to. */
export function requireIndependentAppraiser(actor: Actor, state: StartedAppraisal): void {
  if (actor.role === 'APPRAISER' && actor.unitId === state.unitId) {
    throw new AppraisalError('APPRAISER_OWN_UNIT', `Appraiser ${actor.userId} belongs to ${state.unitId} and may not appraise it`, 'actor.unitId');
  }
}

/** Only the unit's own people speak for it. */
export function requireMemberOf(actor: Actor, unitId: string): void {
  if (actor.unitId !== unitId) {
    throw new AppraisalError('WRONG_UNIT', `${actor.userId} belongs to ${actor.unitId ?? 'no unit'}, not to ${unitId}`, 'actor.unitId');
  }
}

export function requireNotFinalized(state: StartedAppraisal): void {
  if (state.phase === 'finalized') {
    throw new AppraisalError(
      'APPRAISAL_FINALIZED',
      `The appraisal of ${state.unitId} is finalized: only a correction by the province admin changes it`,
      PHASE_FIELD,
    );
  }
}

/** Appraisers change values only until the unit has seen the result; after that, the council does. */
export function requireNotSent(state: StartedAppraisal): void {
  requireNotFinalized(state);
  if (state.phase === 'resultSent') {
    throw new AppraisalError('RESULT_ALREADY_SENT', `The result was already sent to ${state.unitId}`, PHASE_FIELD);
  }
}

export function requireSent(state: StartedAppraisal): NonNullable<StartedAppraisal['result']> {
  requireNotFinalized(state);
  if (!state.result) {
    throw new AppraisalError('RESULT_NOT_SENT', `The result has not been sent to ${state.unitId} yet`, PHASE_FIELD);
  }
  return state.result;
}

export function requireLeaf(state: StartedAppraisal, criterion: string, field = 'criterion'): LeafState {
  const leaf = state.leaves.get(criterion);
  if (!leaf) {
    throw new AppraisalError('CRITERION_UNKNOWN', `Criterion ${JSON.stringify(criterion)} is not a leaf of ${state.unitId}'s criteria set`, field, criterion);
  }
  return leaf;
}

/** A leaf the setup took out of the unit's set is not the appraisal's to score. */
export function requireScorableLeaf(state: StartedAppraisal, criterion: string): LeafState {
  const leaf = requireLeaf(state, criterion);
  if (leaf.notApplicableBySetup) {
    throw new AppraisalError('CRITERION_NOT_APPLICABLE', `Criterion ${criterion} is set up as not applicable to ${state.unitId}`, 'criterion', criterion);
  }
  return leaf;
}

/** A value for a leaf, by libs/domain's rules; its errors pass through with their own codes and fields. */
export function requireLeafPoints(leaf: LeafState, points: PointsInput): Points {
  const result = validateLeafScore(leaf.leaf, points);
  if (!result.ok) throw result.error;
  return result.value;
}

/** The trimmed reason, or REASON_REQUIRED: every decision that moves a value says why. */
export function requireReason(reason: string | undefined, what: string, criterion?: string): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw new AppraisalError('REASON_REQUIRED', `A reason is required: ${what}`, 'reason', criterion);
  return trimmed;
}

export function requireInstant(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new AppraisalError('INSTANT_INVALID', `${field} must be a valid date and time`, field);
  }
  return value;
}
