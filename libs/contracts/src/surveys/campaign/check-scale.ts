import { SurveyScale } from './campaign-file';
import { SurveyFileError } from './survey-file-error';

const SCALE = 'questionnaire.scale';

/**
 * SCALE_INVALID: answers are whole numbers from min to max, and `satisfied` picks some of them (not all:
 * the index would then be 100 whatever people answered). Runs on a scale already well shaped.
 */
export function checkScale(scale: SurveyScale, errors: SurveyFileError[]): void {
  const fail = (field: string, problem: string, value?: unknown): void => {
    errors.push(new SurveyFileError('SCALE_INVALID', `${SCALE}.${field}`, problem, value));
  };
  for (const end of ['min', 'max'] as const) {
    if (!Number.isSafeInteger(scale[end])) fail(end, `${scale[end]} is not a whole number`, scale[end]);
  }
  const endsWhole = Number.isSafeInteger(scale.min) && Number.isSafeInteger(scale.max);
  const ordered = endsWhole && scale.min < scale.max;
  if (endsWhole && !ordered) fail('max', `must be greater than min (${scale.min})`, scale.max);
  if (scale.satisfied.length === 0) return fail('satisfied', 'must list at least one answer counted as satisfied, e.g. [4, 5]');
  const satisfied = new Set<number>();
  scale.satisfied.forEach((answer, position) => {
    const field = `satisfied[${position}]`;
    if (!Number.isSafeInteger(answer)) return fail(field, `${answer} is not a whole number`, answer);
    if (ordered && (answer < scale.min || answer > scale.max)) return fail(field, `${answer} is not on the scale ${scale.min}–${scale.max}`, answer);
    if (satisfied.has(answer)) return fail(field, `${answer} is listed twice`, answer);
    satisfied.add(answer);
  });
  if (ordered && satisfied.size === scale.max - scale.min + 1) {
    fail('satisfied', `counts every answer of ${scale.min}–${scale.max} as satisfied: the index would always be 100`);
  }
}
