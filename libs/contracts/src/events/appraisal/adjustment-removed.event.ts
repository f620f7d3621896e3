import { z } from 'zod';
import { appraisalEventSchema, pointsField, reasonField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/** A bonus or deduction withdrawn; kind and points repeat what was removed so the audit needs no replay. */
export const adjustmentRemovedSchema = appraisalEventSchema(AppraisalEventTypes.AdjustmentRemoved, {
  adjustmentId: z.string().min(1),
  kind: z.enum(['bonus', 'deduction']),
  points: pointsField,
  reason: reasonField,
});

export type AdjustmentRemoved = z.infer<typeof adjustmentRemovedSchema>;
