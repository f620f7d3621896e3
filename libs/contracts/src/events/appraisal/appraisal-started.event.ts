import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, pointsField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { criterionLeafSummarySchema } from './criterion-leaf-summary.schema';

export const appraisalSelfScoreSchema = z.object({ criterion: criterionCodeField, points: pointsField });

/**
 * The unit submitted its self-assessment; the appraisal opens with the unit's leaves, the leaves set up
 * as not applicable to it, and its self scores (a leaf it did not score counts 0.00).
 */
export const appraisalStartedSchema = appraisalEventSchema(AppraisalEventTypes.AppraisalStarted, {
  leaves: z.array(criterionLeafSummarySchema),
  notApplicable: z.array(criterionCodeField),
  selfScores: z.array(appraisalSelfScoreSchema),
});

export type AppraisalSelfScore = z.infer<typeof appraisalSelfScoreSchema>;
export type AppraisalStarted = z.infer<typeof appraisalStartedSchema>;
