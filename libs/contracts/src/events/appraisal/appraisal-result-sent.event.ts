import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, instantField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/**
 * The appraisal result went to the unit, which may explain any adjusted leaf until the deadline
 * (sentAt + explanationWindowDays calendar days, to the millisecond).
 */
export const appraisalResultSentSchema = appraisalEventSchema(AppraisalEventTypes.AppraisalResultSent, {
  sentAt: instantField,
  explanationWindowDays: z.number().int().positive(),
  explanationDeadline: instantField,
  /** Leaves whose appraised value differs from the self value, or that the appraisal found not applicable. */
  adjustedCriteria: z.array(criterionCodeField),
});

export type AppraisalResultSent = z.infer<typeof appraisalResultSentSchema>;
