import type { CorrectScore } from '../appraisal.commands';
import type { AppraisalEvent } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { PHASE_FIELD, requireLeafPoints, requireReason, requireRole, requireScorableLeaf, requireStarted } from '../appraisal.guards';
import { AppraisalState } from '../appraisal.state';
import { LeafValue, sameValue, valueText } from '../leaf-value';

/** After finalization the only way a score moves: a correction by the province admin, with a reason. */
export function correctScore(command: CorrectScore, state: AppraisalState): AppraisalEvent[] {
  requireRole(command.actor, ['PROVINCE_ADMIN'], 'correct a finalized score');
  const appraisal = requireStarted(state);
  if (appraisal.phase !== 'finalized') {
    throw new AppraisalError(
      'APPRAISAL_NOT_FINALIZED',
      `The appraisal of ${appraisal.unitId} is still open: change values through it, not by correction`,
      PHASE_FIELD,
    );
  }
  const { criterion, points, notApplicable } = command;
  const reason = requireReason(command.reason, `correction of ${criterion}`, criterion);
  if (notApplicable && points !== undefined) throw new AppraisalError('VALUE_CONFLICT', 'Either points or notApplicable, not both', 'notApplicable', criterion);
  const leaf = requireScorableLeaf(appraisal, criterion);
  if (!notApplicable && points === undefined) throw new AppraisalError('VALUE_REQUIRED', 'Give the corrected points, or notApplicable', 'points', criterion);
  const value: LeafValue = points === undefined ? null : requireLeafPoints(leaf, points);
  if (sameValue(value, leaf.value)) return [];
  const data = { cycleId: appraisal.cycleId, unitId: appraisal.unitId, criterion, previousPoints: valueText(leaf.value), points: valueText(value), reason };
  return [{ type: 'ScoreCorrected', schemaVersion: 1, data }];
}
