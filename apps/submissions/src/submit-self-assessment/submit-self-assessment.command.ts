import type { SubmitSelfAssessment } from '../domain/self-assessment/self-assessment.commands';
import { type SelfAssessmentCommandFields, SelfAssessmentStreamCommand } from '../infrastructure/self-assessment-stream.command';

/** The unit's head submits the sheet, which locks it. */
export class SubmitSelfAssessmentCommand extends SelfAssessmentStreamCommand<SubmitSelfAssessment> {
  constructor(fields: SelfAssessmentCommandFields<SubmitSelfAssessment>, correlationId: string) {
    super({ ...fields, type: 'SubmitSelfAssessment' }, correlationId);
  }
}
