import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField, reasonField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/** The appraiser found the leaf not applicable to the unit: it leaves both the achieved points and the max. */
export const criterionMarkedNotApplicableSchema = appraisalEventSchema(AppraisalEventTypes.CriterionMarkedNotApplicable, {
  criterion: criterionCodeField,
  previousPoints: leafValueField,
  /** Always null (not applicable); present so every value change has the same shape. */
  points: z.null(),
  reason: reasonField,
});

export type CriterionMarkedNotApplicable = z.infer<typeof criterionMarkedNotApplicableSchema>;
