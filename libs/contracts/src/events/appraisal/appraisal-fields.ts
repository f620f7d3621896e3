import { z } from 'zod';
import { criterionCodeField, pointsField, reasonField } from '../shared-fields';

export { criterionCodeField, pointsField, reasonField };
import { APPRAISAL_SCHEMA_VERSION } from './appraisal-event-types';

/**
 * A leaf's value at one moment: its points, or null when the leaf is not applicable to the unit at that
 * moment (it then leaves both the achieved points and the max). Every value change carries
 * `previousPoints` and `points` in this form, so an audit can show "from which value to which" alone.
 */
export const leafValueField = pointsField.nullable();

/** ISO-8601 instant in UTC, as Date.prototype.toISOString writes it. */
export const instantField = z.iso.datetime();

/**
 * Every event names its cycle and unit: a legacy stream id (`appraisal-<cycleId>-<unitId>`) cannot be split
 * back when ids contain dashes, and a consumer should not need a lookup to know whose score moved.
 */
export const appraisalIdentity = {
  cycleId: z.string().min(1),
  unitId: z.string().min(1),
};

/** An event schema: a literal type, schema version 1 and its data. */
export function appraisalEventSchema<Type extends string, Data extends z.ZodRawShape>(type: Type, data: Data) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(APPRAISAL_SCHEMA_VERSION),
    data: z.object({ ...appraisalIdentity, ...data }),
  });
}
