import { z } from 'zod';
import { PUBLISHED_INDEX_KINDS, type PublishedIndexSource } from './published-index-file';

/**
 * The structural shape of a published-index file. Figures are only "a number or a string" here: the domain
 * rule reads them (4 places, ranges, sums), so that every problem of a file is reported at once.
 * Unknown fields are dropped, so a reader of v1 accepts a later v1 that added some.
 */

const MAX_ID_LENGTH = 100;
const MAX_CODE_LENGTH = 32;
const MAX_TITLE_LENGTH = 500;
const MAX_URL_LENGTH = 2_000;
/** DGI has about ten pillars, PAPI 8 dimensions of at most 6 sub-dimensions: generous bounds on the work. */
const MAX_DIMENSIONS = 50;
const MAX_SUB_DIMENSIONS = 30;
/** PAPI has been published since 2009; DGI since 2021. */
export const FIRST_PUBLISHED_YEAR = 2000;
export const LAST_PUBLISHED_YEAR = 2100;

const id = z
  .string({ error: 'must be a non-empty string' })
  .trim()
  .min(1, { error: 'must be a non-empty string' })
  .max(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters` })
  .regex(/^[^\s:%]+$/, { error: 'must be an id without spaces, ":" or "%", e.g. "an-binh"' });

const code = z
  .string({ error: 'must be a string' })
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, { error: 'must be a code such as "D1" or "D1.2": letters, digits, ".", "_" or "-"' })
  .max(MAX_CODE_LENGTH, { error: `must be at most ${MAX_CODE_LENGTH} characters` });

const title = z
  .string({ error: 'must be a string' })
  .refine((value) => value.trim() !== '', { error: 'must not be blank' })
  .refine((value) => value.length <= MAX_TITLE_LENGTH, { error: `must be at most ${MAX_TITLE_LENGTH} characters` });

const figure = z.union([z.number(), z.string()], { error: 'must be a decimal number (a JSON number or a string such as "5.2514")' });

const isoDate = z
  .string({ error: 'must be a date such as "2024-04-16"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date such as "2024-04-16"' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'is not a calendar date',
  });

const url = z
  .string({ error: 'must be a string' })
  .max(MAX_URL_LENGTH, { error: `must be at most ${MAX_URL_LENGTH.toLocaleString('en-US')} characters` })
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), { error: 'must be an http(s) address' });

export const publishedSourceSchema: z.ZodType<PublishedIndexSource> = z.object({ title, url: url.optional(), publishedOn: isoDate.optional() });

const subDimension = z.object({ code, title, score: figure });

const dimension = z.object({
  code,
  title,
  score: figure,
  max: figure.optional(),
  subDimensions: z
    .array(subDimension, { error: 'must be a list of { code, title, score }' })
    .max(MAX_SUB_DIMENSIONS, { error: `must list at most ${MAX_SUB_DIMENSIONS} sub-dimensions` })
    .optional(),
});

export type PublishedDimensionInput = z.infer<typeof dimension>;

export const publishedIndexBodySchema = z.object({
  kind: z.enum(PUBLISHED_INDEX_KINDS, { error: `must be one of ${PUBLISHED_INDEX_KINDS.join(', ')}` }),
  province: id,
  year: z
    .number({ error: 'must be a year' })
    .int({ error: 'must be a whole year' })
    .min(FIRST_PUBLISHED_YEAR, { error: `must be from ${FIRST_PUBLISHED_YEAR}` })
    .max(LAST_PUBLISHED_YEAR, { error: `must be at most ${LAST_PUBLISHED_YEAR}` }),
  source: publishedSourceSchema,
  dimensions: z
    .array(dimension, { error: 'must be a list of dimensions' })
    .min(1, { error: 'must list at least one dimension' })
    .max(MAX_DIMENSIONS, { error: `must list at most ${MAX_DIMENSIONS} dimensions` }),
});
