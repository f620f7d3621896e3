import type { AppraisalEvent } from '@par/contracts';
import type { AppraisalCommand } from './appraisal.commands';

/**
 * Whether a leaf's verdict may be decided again after `concurrent` were appended since the version it was
 * decided on: only when they are all verdicts on other leaves. Two appraisers of one unit then lose
 * nothing (each sets its own leaf; the order does not matter), while a change of the same leaf, or of the
 * appraisal as a whole (result sent, finalized, self scores refreshed), stays a conflict for the caller.
 */
export function commutesWith(command: AppraisalCommand, concurrent: readonly AppraisalEvent[]): boolean {
  if (command.type !== 'AppraiseCriterion' && command.type !== 'MarkCriterionNotApplicable') return false;
  return concurrent.every(
    (event) =>
      (event.type === 'CriterionAppraised' || event.type === 'CriterionAccepted' || event.type === 'CriterionMarkedNotApplicable') &&
      event.data.criterion !== command.criterion,
  );
}
