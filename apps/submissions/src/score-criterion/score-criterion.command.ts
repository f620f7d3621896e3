import type { ScoreCriterion } from '../domain/self-assessment/self-assessment.commands';
import { type SelfAssessmentCommandFields, SelfAssessmentStreamCommand } from '../infrastructure/self-assessment-stream.command';

/** A unit's reporter or head drafts a leaf's score, with evidence or a note. */
export class ScoreCriterionCommand extends SelfAssessmentStreamCommand<ScoreCriterion> {
  constructor(fields: SelfAssessmentCommandFields<ScoreCriterion>, correlationId: string) {
    super({ ...fields, type: 'ScoreCriterion' }, correlationId);
  }
}
