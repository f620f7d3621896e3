import { z } from 'zod';
import { cycleIdentity, idField, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';
import { thresholdsDataSchema } from './threshold.schema';

/** The province admin set up a cycle (one year of one evaluating organisation) with its classification thresholds. */
export const cycleCreatedSchema = submissionsEventSchema(SubmissionsEventTypes.CycleCreated, {
  ...cycleIdentity,
  year: z.number().int(),
  title: z.string().trim().min(1),
  /** Id of the evaluating organisation (a province, or a district scoring its communes). */
  evaluator: idField,
  thresholds: thresholdsDataSchema,
});

export type CycleCreated = z.infer<typeof cycleCreatedSchema>;
