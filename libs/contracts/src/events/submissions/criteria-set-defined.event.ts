import { z } from 'zod';
import { criterionNodeDataSchema } from './criterion-node.schema';
import { cycleIdentity, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** A criteria set (bộ tiêu chí) defined during setup: version 1, replaced whole if defined again before opening. */
export const criteriaSetDefinedSchema = submissionsEventSchema(SubmissionsEventTypes.CriteriaSetDefined, {
  ...cycleIdentity,
  criteriaSetId: idField,
  criteria: z.array(criterionNodeDataSchema).min(1),
});

export type CriteriaSetDefined = z.infer<typeof criteriaSetDefinedSchema>;
