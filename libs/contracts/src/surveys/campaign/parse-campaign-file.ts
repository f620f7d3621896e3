import type { z } from 'zod';
import { echo } from '../echo';
import { CampaignFile, SURVEY_FILE_FORMAT } from './campaign-file';
import { campaignFileBodySchema, surveyScaleSchema } from './campaign-file.schema';
import { isRecord, renderPath, valueAt } from './campaign-paths';
import { checkCampaignCodes } from './check-campaign-codes';
import { checkScale } from './check-scale';
import { checkScoringAspects } from './check-scoring-aspects';
import { SurveyFileError, SurveyFileValidation } from './survey-file-error';

/**
 * Reads an untrusted campaign file (parsed JSON) and returns it, or EVERY problem found, each naming its
 * field: the format, the shape (zod), then the rules across fields (unique codes, known aspects, a coherent scale).
 * A campaign is opened all-or-nothing: a caller opens nothing unless this returns ok.
 */
export function parseCampaignFile(json: unknown): SurveyFileValidation<CampaignFile> {
  if (!isRecord(json)) return { ok: false, errors: [new SurveyFileError('SHAPE_INVALID', '(file)', 'a campaign file must be a JSON object')] };
  const errors: SurveyFileError[] = [];
  checkFormat(json['format'], errors);
  const body = campaignFileBodySchema.safeParse(json);
  if (!body.success) reportIssues(json, body.error.issues, errors);
  checkCampaignCodes(json, errors);
  checkScoringAspects(json, errors);
  const scale = surveyScaleSchema.safeParse(isRecord(json['questionnaire']) ? json['questionnaire']['scale'] : undefined);
  if (scale.success) checkScale(scale.data, errors);
  if (errors.length > 0 || !body.success) return { ok: false, errors };
  return { ok: true, value: { format: SURVEY_FILE_FORMAT, ...body.data } };
}

function checkFormat(format: unknown, errors: SurveyFileError[]): void {
  if (format === SURVEY_FILE_FORMAT) return;
  const problem = format === undefined ? `is required: "${SURVEY_FILE_FORMAT}"` : `${echo(format)} is not a supported format; expected "${SURVEY_FILE_FORMAT}"`;
  errors.push(new SurveyFileError('FORMAT_UNSUPPORTED', 'format', problem, format));
}

function reportIssues(document: unknown, issues: readonly z.core.$ZodIssue[], errors: SurveyFileError[]): void {
  for (const issue of issues) {
    const value = valueAt(document, issue.path);
    const problem = value === undefined ? 'is required' : issue.message;
    errors.push(new SurveyFileError('SHAPE_INVALID', renderPath(document, issue.path), problem, value));
  }
}
