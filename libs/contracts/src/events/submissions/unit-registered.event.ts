import { z } from 'zod';
import { cycleIdentity, dateField, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/**
 * A unit evaluated in the cycle, in its group and place in the hierarchy (parent null: directly under
 * the evaluator). Validity dates carry mergers: a unit abolished on 1 July 2025 has validTo 2025-06-30.
 */
export const unitRegisteredSchema = submissionsEventSchema(SubmissionsEventTypes.UnitRegistered, {
  ...cycleIdentity,
  unitId: idField,
  name: z.string().trim().min(1),
  groupId: idField,
  parentId: idField.nullable(),
  validFrom: dateField.nullable(),
  validTo: dateField.nullable(),
});

export type UnitRegistered = z.infer<typeof unitRegisteredSchema>;
