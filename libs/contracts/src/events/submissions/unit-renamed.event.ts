import { z } from 'zod';
import { cycleIdentity, dateField, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** A unit's name changed from `validFrom` on (merger, rename); its id stays. The previous name is repeated for the audit. */
export const unitRenamedSchema = submissionsEventSchema(SubmissionsEventTypes.UnitRenamed, {
  ...cycleIdentity,
  unitId: idField,
  name: z.string().trim().min(1),
  previousName: z.string().trim().min(1),
  validFrom: dateField,
});

export type UnitRenamed = z.infer<typeof unitRenamedSchema>;
