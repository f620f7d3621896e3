import { z } from 'zod';
import { cycleIdentity, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** The cycle's submissions side is over: nothing in it changes any more. */
export const cycleClosedSchema = submissionsEventSchema(SubmissionsEventTypes.CycleClosed, { ...cycleIdentity });

export type CycleClosed = z.infer<typeof cycleClosedSchema>;
