import { z } from 'zod';
import { criterionCodeField, pointsField, reasonField } from '../shared-fields';

export { criterionCodeField, pointsField, reasonField };
import { SUBMISSIONS_SCHEMA_VERSION } from './submissions-event-types';

export const idField = z.string().trim().min(1);

/** A calendar date, YYYY-MM-DD. */
export const dateField = z.iso.date();

/** A due moment: a calendar date (the end of that day, Vietnam time) or an ISO-8601 instant with offset. */
export const dueField = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Cycle events name their cycle; a consumer should not have to split the stream id. */
export const cycleIdentity = { cycleId: idField };

/** Self-assessment events name cycle and unit: a consumer reads them here, never from the stream id (a legacy one cannot be split back). */
export const selfAssessmentIdentity = { cycleId: idField, unitId: idField };

/** An event schema: a literal type, schema version 1 and its data. */
export function submissionsEventSchema<Type extends string, Data extends z.ZodRawShape>(type: Type, data: Data) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(SUBMISSIONS_SCHEMA_VERSION),
    data: z.object(data),
  });
}
