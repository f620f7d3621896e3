import { z } from 'zod';
import { criterionNodeDataSchema } from './criterion-node.schema';
import { cycleIdentity, idField, reasonField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/**
 * A frozen set corrected after the cycle opened: the whole new tree as a new version (2, 3, …), never an
 * overwrite of the old one; the reason is part of the decision record.
 */
export const criteriaSetCorrectedSchema = submissionsEventSchema(SubmissionsEventTypes.CriteriaSetCorrected, {
  ...cycleIdentity,
  criteriaSetId: idField,
  version: z.number().int().min(2),
  criteria: z.array(criterionNodeDataSchema).min(1),
  reason: reasonField,
});

export type CriteriaSetCorrected = z.infer<typeof criteriaSetCorrectedSchema>;
