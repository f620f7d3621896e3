import { Points } from '@par/domain';
import type { FinalizeAppraisal } from '../appraisal.commands';
import type { AppraisalEvent } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireInstant, requireRole, requireSent, requireStarted } from '../appraisal.guards';
import { AppraisalState, SentResult, StartedAppraisal } from '../appraisal.state';
import { finalValues } from '../final-values';
import { valueText } from '../leaf-value';

/**
 * The chair closes the unit's appraisal. No explanation may be awaiting the council, and the unit's
 * right to explain may not be cut short: before the deadline, only once every adjusted leaf has had its
 * explanation resolved (the unit has nothing left to explain).
 */
export function finalizeAppraisal(command: FinalizeAppraisal, state: AppraisalState): AppraisalEvent[] {
  requireRole(command.actor, ['COUNCIL_CHAIR'], 'finalize an appraisal');
  const appraisal = requireStarted(state);
  const result = requireSent(appraisal);
  const now = requireInstant(command.now, 'now');
  const pending = criteriaWhere(appraisal, (code) => appraisal.leaves.get(code)?.explanation === 'open');
  if (pending.length > 0) {
    throw new AppraisalError('EXPLANATIONS_PENDING', `Explanations of ${pending.join(', ')} await the council's resolution`, 'criterion', pending[0]);
  }
  if (now.getTime() <= result.explanationDeadline.getTime()) requireNothingLeftToExplain(appraisal, result);
  const values = finalValues(appraisal);
  const data = {
    cycleId: appraisal.cycleId,
    unitId: appraisal.unitId,
    finalizedAt: now.toISOString(),
    values: values.values.map(({ criterion, points }) => ({ criterion, points: valueText(points) })),
    bonusTotal: Points.sum(values.bonus).toString(),
    deductionTotal: Points.sum(values.deductions).toString(),
  };
  return [{ type: 'AppraisalFinalized', schemaVersion: 1, data }];
}

function requireNothingLeftToExplain(appraisal: StartedAppraisal, result: SentResult): void {
  const unexplained = criteriaWhere(appraisal, (code) => result.adjustedCriteria.has(code) && appraisal.leaves.get(code)?.explanation !== 'resolved');
  if (unexplained.length > 0) {
    throw new AppraisalError(
      'EXPLANATION_WINDOW_OPEN',
      `${appraisal.unitId} may still explain ${unexplained.join(', ')} until ${result.explanationDeadline.toISOString()}`,
      'now',
      unexplained[0],
    );
  }
}

function criteriaWhere(appraisal: StartedAppraisal, predicate: (code: string) => boolean): string[] {
  return [...appraisal.leaves.keys()].filter(predicate);
}
