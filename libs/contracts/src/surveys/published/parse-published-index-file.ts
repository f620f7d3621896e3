import { checkPublishedScores, type PublishedDimensionFigures, publishedText, type PublishedScores } from '@par/domain';
import type { z } from 'zod';
import { isRecord, valueAt } from '../campaign/campaign-paths';
import { echo } from '../echo';
import { PAPI_DIMENSION_COUNT, PAPI_DIMENSION_MAX, PUBLISHED_INDEX_FORMAT, type PublishedDimension } from './published-index-file';
import { type PublishedDimensionInput, publishedIndexBodySchema } from './published-index-file.schema';
import { PublishedIndexFileError, type PublishedIndexFileValidation } from './published-index-file-error';
import { renderPublishedPath } from './published-index-paths';

/**
 * Reads an untrusted published-index file (parsed JSON) and returns it, or EVERY problem found, each naming
 * its field: the format, the shape (zod), the index's own rules (PAPI: exactly 8 dimensions of max 10; DGI:
 * each pillar's max given), then the figures (the domain rule: 4 places, ranges, sub-dimension sums).
 */
export function parsePublishedIndexFile(json: unknown): PublishedIndexFileValidation {
  if (!isRecord(json)) return { ok: false, errors: [new PublishedIndexFileError('SHAPE_INVALID', '(file)', 'a published-index file must be a JSON object')] };
  const errors: PublishedIndexFileError[] = [];
  checkFormat(json['format'], errors);
  const body = publishedIndexBodySchema.safeParse(json);
  if (!body.success) {
    reportIssues(json, body.error.issues, errors);
    return { ok: false, errors };
  }
  const { kind, dimensions } = body.data;
  const figures = kind === 'PAPI' ? papiFigures(dimensions, errors) : dgiFigures(dimensions, errors);
  const checked = checkPublishedScores(figures);
  if (!checked.ok)
    for (const error of checked.errors) errors.push(new PublishedIndexFileError(error.code, error.field, afterField(error.message, error.field), error.value));
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  return { ok: true, value: { format: PUBLISHED_INDEX_FORMAT, ...body.data, dimensions: normalized(dimensions, checked.value) } };
}

function checkFormat(format: unknown, errors: PublishedIndexFileError[]): void {
  if (format === PUBLISHED_INDEX_FORMAT) return;
  const problem =
    format === undefined ? `is required: "${PUBLISHED_INDEX_FORMAT}"` : `${echo(format)} is not a supported format; expected "${PUBLISHED_INDEX_FORMAT}"`;
  errors.push(new PublishedIndexFileError('FORMAT_UNSUPPORTED', 'format', problem, format));
}

/** PAPI: 8 dimensions, each out of 10 — a `max` may be written, but only as 10. */
function papiFigures(dimensions: readonly PublishedDimensionInput[], errors: PublishedIndexFileError[]): PublishedDimensionFigures[] {
  if (dimensions.length !== PAPI_DIMENSION_COUNT) {
    errors.push(
      new PublishedIndexFileError(
        'PAPI_DIMENSION_COUNT',
        'dimensions',
        `PAPI has exactly ${PAPI_DIMENSION_COUNT} dimensions; the file lists ${dimensions.length}`,
      ),
    );
  }
  return dimensions.map((dimension, position) => {
    const given = dimension.max;
    if (given !== undefined && !/^10(\.0{1,4})?$/.test(String(given).trim())) {
      const field = `${renderPublishedPath({ dimensions }, ['dimensions', position])}.max`;
      errors.push(new PublishedIndexFileError('MAX_NOT_PAPI', field, `${echo(given)}: every PAPI dimension is scored out of 10`, given));
    }
    return { ...dimension, max: PAPI_DIMENSION_MAX };
  });
}

/** DGI: pillars differ, so each states its maximum. */
function dgiFigures(dimensions: readonly PublishedDimensionInput[], errors: PublishedIndexFileError[]): PublishedDimensionFigures[] {
  dimensions.forEach((dimension, position) => {
    if (dimension.max !== undefined) return;
    const field = `${renderPublishedPath({ dimensions }, ['dimensions', position])}.max`;
    errors.push(new PublishedIndexFileError('MAX_REQUIRED', field, 'is required: a DGI pillar states its maximum'));
  });
  return dimensions.flatMap(({ max, ...dimension }) => (max === undefined ? [] : [{ ...dimension, max }]));
}

/** The file's titles with the rule's figures, each written with exactly 4 places: the same year written 5.25 or "5.2500" is one document. */
function normalized(dimensions: readonly PublishedDimensionInput[], scores: PublishedScores): PublishedDimension[] {
  return dimensions.map((dimension, position) => {
    const checked = scores.dimensions[position];
    return {
      code: dimension.code,
      title: dimension.title,
      score: publishedText(checked.score),
      max: publishedText(checked.max),
      subDimensions: (dimension.subDimensions ?? []).map((sub, index) => ({
        code: sub.code,
        title: sub.title,
        score: publishedText(checked.subDimensions[index].score),
      })),
    };
  });
}

function reportIssues(document: unknown, issues: readonly z.core.$ZodIssue[], errors: PublishedIndexFileError[]): void {
  for (const issue of issues) {
    const value = valueAt(document, issue.path);
    const problem = value === undefined ? 'is required' : issue.message;
    errors.push(new PublishedIndexFileError('SHAPE_INVALID', renderPublishedPath(document, issue.path), problem, value));
  }
}

/** The rule's messages start with their field, as this file's do: keep one. */
function afterField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
