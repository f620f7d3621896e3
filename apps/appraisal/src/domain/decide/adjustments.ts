import { Points } from '@par/domain';
import type { RecordBonus, RecordDeduction, RemoveAdjustment } from '../appraisal.commands';
import type { Actor, AppraisalEvent } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireIndependentAppraiser, requireNotSent, requireReason, requireRole, requireStarted } from '../appraisal.guards';
import { AppraisalState, StartedAppraisal } from '../appraisal.state';

function adjusting(actor: Actor, state: AppraisalState, action: string): StartedAppraisal {
  requireRole(actor, ['APPRAISER'], action);
  const appraisal = requireStarted(state);
  requireIndependentAppraiser(actor, appraisal);
  requireNotSent(appraisal);
  return appraisal;
}

/**
 * Bonus points or a deduction, with a reason. Ids are numbered in recording order (`bonus-1`,
 * `deduction-2`): pure and deterministic, so a replayed import produces the same ids.
 */
export function recordAdjustment(command: RecordBonus | RecordDeduction, state: AppraisalState): AppraisalEvent[] {
  const kind = command.type === 'RecordBonus' ? 'bonus' : 'deduction';
  const appraisal = adjusting(command.actor, state, `record a ${kind}`);
  const parsed = Points.parse(command.points, { field: 'points', nonNegative: true });
  if (!parsed.ok) throw parsed.error;
  if (parsed.value.isZero()) throw new AppraisalError('POINTS_NOT_POSITIVE', `A ${kind} must be greater than 0.00`, 'points');
  const reason = requireReason(command.reason, `${kind} of ${parsed.value}`);
  if (command.criterion !== undefined) requireCriterionOrField(appraisal, command.criterion);
  const ref = command.ref?.trim();
  const data = {
    cycleId: appraisal.cycleId,
    unitId: appraisal.unitId,
    adjustmentId: `${kind}-${appraisal.adjustments.length + 1}`,
    points: parsed.value.toString(),
    reason,
    ...(command.criterion !== undefined ? { criterion: command.criterion } : {}),
    ...(ref ? { ref } : {}),
  };
  return kind === 'bonus' ? [{ type: 'BonusRecorded', schemaVersion: 1, data }] : [{ type: 'DeductionRecorded', schemaVersion: 1, data }];
}

export function removeAdjustment(command: RemoveAdjustment, state: AppraisalState): AppraisalEvent[] {
  const appraisal = adjusting(command.actor, state, 'remove a bonus or deduction');
  const reason = requireReason(command.reason, `removal of ${command.id}`);
  const adjustment = appraisal.adjustments.find((candidate) => candidate.id === command.id);
  if (!adjustment) throw new AppraisalError('ADJUSTMENT_NOT_FOUND', `No bonus or deduction ${JSON.stringify(command.id)} was recorded`, 'id');
  if (adjustment.removed) return [];
  const { cycleId, unitId } = appraisal;
  const data = { cycleId, unitId, adjustmentId: adjustment.id, kind: adjustment.kind, points: adjustment.points.toString(), reason };
  return [{ type: 'AdjustmentRemoved', schemaVersion: 1, data }];
}

/** An adjustment may name a leaf or the field/criterion above it (a directive of field 1 not carried out). */
function requireCriterionOrField(appraisal: StartedAppraisal, code: string): void {
  const known = [...appraisal.leaves.keys()].some((leaf) => leaf === code || leaf.startsWith(`${code}.`));
  if (!known)
    throw new AppraisalError('CRITERION_UNKNOWN', `Criterion ${JSON.stringify(code)} is not in ${appraisal.unitId}'s criteria set`, 'criterion', code);
}
