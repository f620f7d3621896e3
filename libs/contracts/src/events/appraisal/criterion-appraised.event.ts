import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField, pointsField, reasonField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/**
 * The appraiser set a leaf's value. `reason` is present whenever `points` differs from the self value
 * (the decider refuses otherwise); it may also be given when the appraiser restores the self value.
 */
export const criterionAppraisedSchema = appraisalEventSchema(AppraisalEventTypes.CriterionAppraised, {
  criterion: criterionCodeField,
  previousPoints: leafValueField,
  points: pointsField,
  reason: reasonField.optional(),
});

export type CriterionAppraised = z.infer<typeof criterionAppraisedSchema>;
