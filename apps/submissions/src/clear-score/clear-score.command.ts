import type { ClearScore } from '../domain/self-assessment/self-assessment.commands';
import { type SelfAssessmentCommandFields, SelfAssessmentStreamCommand } from '../infrastructure/self-assessment-stream.command';

/** A drafted score withdrawn from the unit's sheet. */
export class ClearScoreCommand extends SelfAssessmentStreamCommand<ClearScore> {
  constructor(fields: SelfAssessmentCommandFields<ClearScore>, correlationId: string) {
    super({ ...fields, type: 'ClearScore' }, correlationId);
  }
}
