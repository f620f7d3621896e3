import { z } from 'zod';
import { evidenceDataSchema } from './evidence.schema';
import { criterionCodeField, pointsField, selfAssessmentIdentity, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/**
 * The unit's draft score of one leaf, replacing any earlier draft of it. `note` is the written
 * explanation a leaf claimed without evidence needs; null when none was given.
 */
export const criterionSelfScoredSchema = submissionsEventSchema(SubmissionsEventTypes.CriterionSelfScored, {
  ...selfAssessmentIdentity,
  criterion: criterionCodeField,
  points: pointsField,
  evidence: z.array(evidenceDataSchema),
  note: z.string().trim().min(1).nullable(),
});

export type CriterionSelfScored = z.infer<typeof criterionSelfScoredSchema>;
