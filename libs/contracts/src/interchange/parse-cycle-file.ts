import { CycleFile } from './cycle-file';
import { InterchangeError, InterchangeValidation } from './interchange-error';
import { readShape } from './read-shape';
import { checkSetup } from './check-setup';
import { checkSelfAssessments } from './check-assessments';
import { checkAppraisals } from './check-appraisals';
import { checkSurveys } from './check-surveys';

/**
 * Reads an untrusted cycle file (parsed JSON) and returns it, or EVERY problem found, each naming the
 * field and, where they apply, the unit, the criterion and the value. Shape first (zod), element by
 * element; then the setup (thresholds, ids, criteria trees, references, the unit hierarchy); then each
 * unit's self-assessment and appraisal against its group's criteria set; then the survey results (v1.1)
 * against the survey-held leaves. An import is all-or-nothing: a caller imports nothing unless this
 * returns ok.
 */
export function parseCycleFile(json: unknown): InterchangeValidation<CycleFile> {
  const errors: InterchangeError[] = [];
  const shaped = readShape(json, errors);
  if (!shaped) return { ok: false, errors };
  const setup = checkSetup(shaped, errors);
  const selfPoints = checkSelfAssessments(shaped.file.selfAssessments ?? [], setup, errors);
  checkAppraisals(shaped.file.appraisals ?? [], setup, selfPoints, errors);
  checkSurveys(shaped.file.surveys ?? [], setup, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: shaped.file };
}
