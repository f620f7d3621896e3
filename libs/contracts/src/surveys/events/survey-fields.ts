import { z } from 'zod';
import { CAMPAIGN_KINDS } from '../campaign/campaign-file';
import { SURVEY_SCHEMA_VERSION } from './survey-event-types';

export { criterionCodeField, pointsField } from '../../events/shared-fields';

export const idField = z.string().trim().min(1);

export const campaignKindField = z.enum(CAMPAIGN_KINDS);

/** A count of rows, answers or respondents. */
export const countField = z.number().int().min(0);

/** `sha256:` and 64 hex digits: the bytes of one responses file. */
export const checksumField = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a checksum looks like "sha256:" followed by 64 hex digits');

/** A satisfaction index as results show it: 0.00 to 100.00, exactly 2 places ("87.50"). */
export const indexField = z.string().regex(/^(100\.00|[1-9]?\d\.\d{2})$/, 'an index is written from "0.00" to "100.00" with exactly 2 decimal places');

/** Every event names its campaign: a consumer should not need a lookup to know whose survey moved. */
export const surveyIdentity = { campaignId: idField };

/** An event schema: a literal type, schema version 1 and its data. */
export function surveyEventSchema<Type extends string, Data extends z.ZodRawShape>(type: Type, data: Data) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(SURVEY_SCHEMA_VERSION),
    data: z.object({ ...surveyIdentity, ...data }),
  });
}
