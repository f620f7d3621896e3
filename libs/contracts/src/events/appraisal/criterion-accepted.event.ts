import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField, pointsField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/** The appraiser accepted the unit's self value (0.00 when the unit did not score the leaf). */
export const criterionAcceptedSchema = appraisalEventSchema(AppraisalEventTypes.CriterionAccepted, {
  criterion: criterionCodeField,
  /** The appraisal's value before: the self value, an earlier appraised value, or null (was not applicable). */
  previousPoints: leafValueField,
  points: pointsField,
});

export type CriterionAccepted = z.infer<typeof criterionAcceptedSchema>;
