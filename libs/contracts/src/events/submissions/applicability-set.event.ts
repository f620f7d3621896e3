import { z } from 'zod';
import { criterionCodeField, cycleIdentity, idField, reasonField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/**
 * A leaf declared (not) applicable to a unit at setup. Not applicable: it leaves both the unit's achieved
 * points and its max. The reason is part of the decision record.
 */
export const applicabilitySetSchema = submissionsEventSchema(SubmissionsEventTypes.ApplicabilitySet, {
  ...cycleIdentity,
  unitId: idField,
  criterion: criterionCodeField,
  applicable: z.boolean(),
  reason: reasonField,
});

export type ApplicabilitySet = z.infer<typeof applicabilitySetSchema>;
