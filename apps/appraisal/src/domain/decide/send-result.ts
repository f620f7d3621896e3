import type { SendResultToUnit } from '../appraisal.commands';
import type { AppraisalEvent } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireIndependentAppraiser, requireInstant, requireNotSent, requireRole, requireStarted } from '../appraisal.guards';
import { AppraisalState, isAdjusted } from '../appraisal.state';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_WINDOW_DAYS = 366;

/**
 * The unit sees its result and may explain adjusted leaves until the deadline: `now` plus the window in
 * calendar days, to the millisecond (no time zone or working-day calendar enters the aggregate).
 */
export function sendResultToUnit(command: SendResultToUnit, state: AppraisalState): AppraisalEvent[] {
  requireRole(command.actor, ['APPRAISER', 'COUNCIL_CHAIR'], 'send the appraisal result');
  const appraisal = requireStarted(state);
  requireIndependentAppraiser(command.actor, appraisal);
  requireNotSent(appraisal);
  const days = command.explanationWindowDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw new AppraisalError(
      'WINDOW_DAYS_INVALID',
      `explanationWindowDays ${days} must be a whole number of days from 1 to ${MAX_WINDOW_DAYS}`,
      'explanationWindowDays',
    );
  }
  const sentAt = requireInstant(command.now, 'now');
  const data = {
    cycleId: appraisal.cycleId,
    unitId: appraisal.unitId,
    sentAt: sentAt.toISOString(),
    explanationWindowDays: days,
    explanationDeadline: new Date(sentAt.getTime() + days * DAY_MS).toISOString(),
    adjustedCriteria: [...appraisal.leaves.values()].filter(isAdjusted).map((leaf) => leaf.leaf.code),
  };
  return [{ type: 'AppraisalResultSent', schemaVersion: 1, data }];
}
