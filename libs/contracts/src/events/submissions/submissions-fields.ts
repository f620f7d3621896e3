import { z } from 'zod';
import { SUBMISSIONS_SCHEMA_VERSION } from './submissions-event-types';

/** Points as every event writes them: exactly 2 places, never negative ("1.50", "0.00"), as Points.toString() gives. */
export const pointsField = z.string().regex(/^(0|[1-9]\d*)\.\d{2}$/, 'points must be written with exactly 2 decimal places, e.g. "1.50"');

/** Same rule as the domain's criteria tree: dot-separated letters or digits ("1", "1.10", "7.2.2"). */
export const criterionCodeField = z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'a criterion code looks like "7.2.2"');

export const idField = z.string().trim().min(1);

/** Reasons are part of the decision record: never empty. */
export const reasonField = z.string().trim().min(1, 'a reason is required');

/** A calendar date, YYYY-MM-DD. */
export const dateField = z.iso.date();

/** A due moment: a calendar date (the end of that day, Vietnam time) or an ISO-8601 instant with offset. */
export const dueField = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Cycle events name their cycle; a consumer should not have to split the stream id. */
export const cycleIdentity = { cycleId: idField };

/** Self-assessment events name cycle and unit: `self-assessment-<cycleId>-<unitId>` cannot be split back when ids contain dashes. */
export const selfAssessmentIdentity = { cycleId: idField, unitId: idField };

/** An event schema: a literal type, schema version 1 and its data. */
export function submissionsEventSchema<Type extends string, Data extends z.ZodRawShape>(type: Type, data: Data) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(SUBMISSIONS_SCHEMA_VERSION),
    data: z.object(data),
  });
}
