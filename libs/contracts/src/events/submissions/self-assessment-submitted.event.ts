import { z } from 'zod';
import { criterionLeafDataSchema } from './criterion-node.schema';
import { evidenceDataSchema } from './evidence.schema';
import { criterionCodeField, pointsField, selfAssessmentIdentity, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

export const submittedScoreSchema = z.object({
  criterion: criterionCodeField,
  points: pointsField,
  evidence: z.array(evidenceDataSchema),
  note: z.string().trim().min(1).nullable(),
});

/**
 * The unit head submitted (and so locked) the self-assessment. Self-contained so the appraisal service
 * can start from this one event: the unit's leaves at the set version in force, the leaves set up as not
 * applicable, and every final self score (in set order; a leaf not listed counts 0.00).
 */
export const selfAssessmentSubmittedSchema = submissionsEventSchema(SubmissionsEventTypes.SelfAssessmentSubmitted, {
  ...selfAssessmentIdentity,
  /** 1 for the first submission, 2 after one reopening, … */
  submission: z.number().int().positive(),
  leaves: z.array(criterionLeafDataSchema).min(1),
  notApplicable: z.array(criterionCodeField),
  scores: z.array(submittedScoreSchema),
  /** Σ of `scores`' points. */
  selfTotal: pointsField,
});

export type SubmittedScore = z.infer<typeof submittedScoreSchema>;
export type SelfAssessmentSubmitted = z.infer<typeof selfAssessmentSubmittedSchema>;
