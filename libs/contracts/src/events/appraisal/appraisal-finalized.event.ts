import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, instantField, leafValueField, pointsField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/**
 * The council chair closed the unit's appraisal. `values` lists every leaf of the unit's set in set
 * order (null = not applicable, by setup or by the appraisal); totals are over adjustments not removed.
 */
export const appraisalFinalizedSchema = appraisalEventSchema(AppraisalEventTypes.AppraisalFinalized, {
  finalizedAt: instantField,
  values: z.array(z.object({ criterion: criterionCodeField, points: leafValueField })),
  bonusTotal: pointsField,
  deductionTotal: pointsField,
});

export type AppraisalFinalized = z.infer<typeof appraisalFinalizedSchema>;
