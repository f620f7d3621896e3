import { z } from 'zod';
import { cycleIdentity, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';
import { thresholdsDataSchema } from './threshold.schema';

/**
 * A group of units ranked together (departments, districts) and the criteria set they are scored on.
 * Defined again during setup, it replaces the earlier definition. `thresholds` null: the cycle's apply.
 */
export const groupDefinedSchema = submissionsEventSchema(SubmissionsEventTypes.GroupDefined, {
  ...cycleIdentity,
  groupId: idField,
  name: z.string().trim().min(1),
  criteriaSetId: idField,
  thresholds: thresholdsDataSchema.nullable(),
});

export type GroupDefined = z.infer<typeof groupDefinedSchema>;
