import { z } from 'zod';
import { cycleIdentity, dueField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/**
 * The cycle's deadlines, replaced whole each time. `selfAssessmentDue` as given: a date means the end of
 * that day in Vietnam time (UTC+07:00); an instant is taken as is.
 */
export const deadlinesSetSchema = submissionsEventSchema(SubmissionsEventTypes.DeadlinesSet, {
  ...cycleIdentity,
  selfAssessmentDue: dueField,
  /** Calendar days a unit has to explain an adjusted leaf once the appraisal result is sent. */
  explanationWindowDays: z.number().int().positive(),
});

export type DeadlinesSet = z.infer<typeof deadlinesSetSchema>;
