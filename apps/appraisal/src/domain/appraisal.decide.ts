import type { Decider } from '@par/event-store';
import type { AppraisalCommand } from './appraisal.commands';
import type { AppraisalEvent } from '@par/contracts';
import { AppraisalState, evolve, initialAppraisalState } from './appraisal.state';
import { recordAdjustment, removeAdjustment } from './decide/adjustments';
import { appraiseCriterion, markCriterionNotApplicable } from './decide/appraise-criterion';
import { correctScore } from './decide/correct-score';
import { fileExplanation } from './decide/file-explanation';
import { finalizeAppraisal } from './decide/finalize-appraisal';
import { resolveExplanation } from './decide/resolve-explanation';
import { sendResultToUnit } from './decide/send-result';
import { startAppraisal } from './decide/start-appraisal';

/**
 * The events a command decides, or a thrown AppraisalRejection (AppraisalError, or libs/domain's
 * DomainError for a value a leaf does not allow). An empty list: the command changes nothing.
 */
export function decide(command: AppraisalCommand, state: AppraisalState): AppraisalEvent[] {
  switch (command.type) {
    case 'StartAppraisal':
      return startAppraisal(command, state);
    case 'AppraiseCriterion':
      return appraiseCriterion(command, state);
    case 'MarkCriterionNotApplicable':
      return markCriterionNotApplicable(command, state);
    case 'RecordBonus':
    case 'RecordDeduction':
      return recordAdjustment(command, state);
    case 'RemoveAdjustment':
      return removeAdjustment(command, state);
    case 'SendResultToUnit':
      return sendResultToUnit(command, state);
    case 'FileExplanation':
      return fileExplanation(command, state);
    case 'ResolveExplanation':
      return resolveExplanation(command, state);
    case 'FinalizeAppraisal':
      return finalizeAppraisal(command, state);
    case 'CorrectScore':
      return correctScore(command, state);
  }
}

/** The Appraisal aggregate (stream `appraisal:<cycleId>:<unitId>`). */
export const appraisalDecider: Decider<AppraisalCommand, AppraisalEvent, AppraisalState> = {
  initialState: initialAppraisalState,
  decide,
  evolve,
};
