import { z } from 'zod';
import { reasonField, selfAssessmentIdentity, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** The province admin unlocked a submitted self-assessment; it is a draft again, and may be resubmitted after the due date. */
export const selfAssessmentReopenedSchema = submissionsEventSchema(SubmissionsEventTypes.SelfAssessmentReopened, {
  ...selfAssessmentIdentity,
  reason: reasonField,
});

export type SelfAssessmentReopened = z.infer<typeof selfAssessmentReopenedSchema>;
