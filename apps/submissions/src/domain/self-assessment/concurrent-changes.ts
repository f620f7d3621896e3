import type { SelfAssessmentCommand } from './self-assessment.commands';
import type { SelfAssessmentEvent } from './self-assessment.events';

/**
 * Whether a draft score may be decided again after `concurrent` were appended since the version it was
 * decided on: only when they are all drafts of other leaves. Two people of a unit scoring different leaves
 * then lose nothing, while a change of the same leaf, a submission or a reopening stays the caller's conflict.
 */
export function commutesWith(command: SelfAssessmentCommand, concurrent: readonly SelfAssessmentEvent[]): boolean {
  if (command.type !== 'ScoreCriterion' && command.type !== 'ClearScore') return false;
  return concurrent.every((event) => (event.type === 'CriterionSelfScored' || event.type === 'SelfScoreCleared') && event.data.criterion !== command.criterion);
}
