import { z } from 'zod';
import { cycleIdentity, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** Self-assessment starts; every criteria set is frozen at the version listed (corrections make new versions). */
export const cycleOpenedSchema = submissionsEventSchema(SubmissionsEventTypes.CycleOpened, {
  ...cycleIdentity,
  criteriaSets: z.array(z.object({ criteriaSetId: idField, version: z.number().int().positive() })).min(1),
});

export type CycleOpened = z.infer<typeof cycleOpenedSchema>;
