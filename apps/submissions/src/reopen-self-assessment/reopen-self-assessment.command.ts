import type { ReopenSelfAssessment } from '../domain/self-assessment/self-assessment.commands';
import { type SelfAssessmentCommandFields, SelfAssessmentStreamCommand } from '../infrastructure/self-assessment-stream.command';

/** The province admin reopens a submitted sheet, with a reason. */
export class ReopenSelfAssessmentCommand extends SelfAssessmentStreamCommand<ReopenSelfAssessment> {
  constructor(fields: SelfAssessmentCommandFields<ReopenSelfAssessment>, correlationId: string) {
    super({ ...fields, type: 'ReopenSelfAssessment' }, correlationId);
  }
}
