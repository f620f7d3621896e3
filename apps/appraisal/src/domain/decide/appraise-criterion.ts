import type { AppraiseCriterion, MarkCriterionNotApplicable } from '../appraisal.commands';
import type { AppraisalEvent } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import {
  requireIndependentAppraiser,
  requireLeafPoints,
  requireNotSent,
  requireReason,
  requireRole,
  requireScorableLeaf,
  requireStarted,
} from '../appraisal.guards';
import { AppraisalState, selfValue, StartedAppraisal } from '../appraisal.state';
import { sameValue, valueText } from '../leaf-value';

/** An appraiser outside the unit, before the unit has seen the result. */
function appraising(command: AppraiseCriterion | MarkCriterionNotApplicable, state: AppraisalState, action: string): StartedAppraisal {
  requireRole(command.actor, ['APPRAISER'], action);
  const appraisal = requireStarted(state);
  requireIndependentAppraiser(command.actor, appraisal);
  requireNotSent(appraisal);
  return appraisal;
}

/**
 * Accept the self value or set another. A value that differs from the self value needs a reason; a
 * value equal to the current one records nothing.
 */
export function appraiseCriterion(command: AppraiseCriterion, state: AppraisalState): AppraisalEvent[] {
  const appraisal = appraising(command, state, 'appraise a criterion');
  const { criterion, points, accept } = command;
  if (accept && points !== undefined) throw new AppraisalError('VALUE_CONFLICT', 'Either accept the self value or give points, not both', 'accept', criterion);
  const leaf = requireScorableLeaf(appraisal, criterion);
  const { cycleId, unitId } = appraisal;
  const previousPoints = valueText(leaf.value);
  const self = selfValue(leaf);
  if (accept) {
    // Accepting a leaf already accepted at its self value is the only accept that records nothing.
    if (leaf.reviewed && sameValue(leaf.value, self)) return [];
    return [{ type: 'CriterionAccepted', schemaVersion: 1, data: { cycleId, unitId, criterion, previousPoints, points: self.toString() } }];
  }
  if (points === undefined) throw new AppraisalError('VALUE_REQUIRED', 'Give points, or accept the self value', 'points', criterion);
  const value = requireLeafPoints(leaf, points);
  if (sameValue(value, leaf.value)) return [];
  const reason = value.equals(self)
    ? command.reason?.trim() || undefined
    : requireReason(command.reason, `${criterion} set to ${value}, self value ${self}`, criterion);
  const data = { cycleId, unitId, criterion, previousPoints, points: value.toString(), ...(reason ? { reason } : {}) };
  return [{ type: 'CriterionAppraised', schemaVersion: 1, data }];
}

/** The leaf does not apply to this unit: it leaves both its points and its max. */
export function markCriterionNotApplicable(command: MarkCriterionNotApplicable, state: AppraisalState): AppraisalEvent[] {
  const appraisal = appraising(command, state, 'mark a criterion not applicable');
  const { criterion } = command;
  const reason = requireReason(command.reason, `${criterion} marked not applicable`, criterion);
  const leaf = requireScorableLeaf(appraisal, criterion);
  if (leaf.value === null) return [];
  const { cycleId, unitId } = appraisal;
  return [
    {
      type: 'CriterionMarkedNotApplicable',
      schemaVersion: 1,
      data: { cycleId, unitId, criterion, previousPoints: valueText(leaf.value), points: null, reason },
    },
  ];
}
