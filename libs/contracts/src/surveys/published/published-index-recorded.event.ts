import { z } from 'zod';
import { echo } from '../echo';
import { InvalidSurveyEventError } from '../events/invalid-survey-event.error';
import { PUBLISHED_INDEX_KINDS } from './published-index-file';

/** The type names of the published-index events in the survey log (stream `published-index:<kind>:<province>:<year>`). */
export const PublishedIndexEventTypes = { PublishedIndexRecorded: 'PublishedIndexRecorded' } as const;
export type PublishedIndexEventType = (typeof PublishedIndexEventTypes)[keyof typeof PublishedIndexEventTypes];
export const PUBLISHED_INDEX_SCHEMA_VERSION = 1 as const;

/** A published figure as events write it: exactly 4 places, never negative ("5.2514"). */
const figureField = z.string().regex(/^(0|[1-9]\d*)\.\d{4}$/, 'a published figure is written with exactly 4 decimal places, e.g. "5.2514"');
const idField = z.string().trim().min(1);
const textField = z.string().trim().min(1);

/**
 * A province's published PAPI or DGI figures of one year, as revision `revision` of that year: revision 1 is
 * the first import; a later one is a correction (the figures differ), with its reason. Every revision is kept;
 * readers show the latest. `total` and `maxTotal` are computed (sums of the dimensions), never typed in.
 */
export const publishedIndexRecordedSchema = z.object({
  type: z.literal(PublishedIndexEventTypes.PublishedIndexRecorded),
  schemaVersion: z.literal(PUBLISHED_INDEX_SCHEMA_VERSION),
  data: z
    .object({
      kind: z.enum(PUBLISHED_INDEX_KINDS),
      province: idField,
      year: z.number().int().min(2000).max(2100),
      revision: z.number().int().min(1),
      reason: textField.optional(),
      source: z.object({
        title: textField,
        url: z.string().min(1).optional(),
        publishedOn: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      }),
      dimensions: z
        .array(
          z.object({
            code: idField,
            title: textField,
            score: figureField,
            max: figureField,
            subDimensions: z.array(z.object({ code: idField, title: textField, score: figureField })),
          }),
        )
        .min(1),
      total: figureField,
      maxTotal: figureField,
    })
    .refine((data) => data.revision === 1 || data.reason !== undefined, { path: ['reason'], message: 'a correction (revision 2 or later) states its reason' }),
});

export type PublishedIndexRecorded = z.infer<typeof publishedIndexRecordedSchema>;
export type PublishedIndexRecordedData = PublishedIndexRecorded['data'];
/** Every published-index event; one type so far. */
export type PublishedIndexEvent = PublishedIndexRecorded;

export function isPublishedIndexEventType(type: string): type is PublishedIndexEventType {
  return Object.values(PublishedIndexEventTypes).includes(type as PublishedIndexEventType);
}

/** For consumers: checks an envelope's type, schema version and data against the contract and returns the typed event. */
export function parsePublishedIndexEvent(type: string, schemaVersion: number, data: unknown): PublishedIndexEvent {
  if (!isPublishedIndexEventType(type)) throw new InvalidSurveyEventError(echo(type), 'type', 'is not a published-index event type');
  if (schemaVersion !== PUBLISHED_INDEX_SCHEMA_VERSION) {
    throw new InvalidSurveyEventError(type, 'schemaVersion', `${echo(schemaVersion)} is not supported (expected ${PUBLISHED_INDEX_SCHEMA_VERSION})`);
  }
  const parsed = publishedIndexRecordedSchema.safeParse({ type, schemaVersion, data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSurveyEventError(type, issue.path.join('.') || 'data', issue.message);
  }
  return parsed.data;
}
