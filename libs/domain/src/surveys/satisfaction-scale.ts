import { ok } from '../result';
import { shown } from './shown-value';
import { refuse, refuseAll, SurveyResult, SurveyRuleError, SurveyValidation } from './survey-rule-error';

/** A questionnaire's answer scale (1–5, 0–10 …) and the answers that count as satisfied (4 and 5). */
export interface SatisfactionScale {
  readonly min: number;
  readonly max: number;
  /** Ascending, without duplicates, each on the scale. */
  readonly satisfied: readonly number[];
}

/** Questionnaires use 5-, 7- or 11-point scales; a span of 100 is far beyond any, and bounds the work and the errors. */
const MAX_SPAN = 100;

/**
 * Checks a scale as written in the campaign file (`{ "min": 1, "max": 5, "satisfied": [4, 5] }`) and
 * reports every problem at once, each under `field` (`scale.min`, `scale.satisfied[1]` …).
 */
export function parseSatisfactionScale(input: unknown, field = 'scale'): SurveyValidation<SatisfactionScale> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuseAll([invalidScale(field, input, 'must be an object such as { "min": 1, "max": 5, "satisfied": [4, 5] }')]);
  }
  const raw = input as { readonly min?: unknown; readonly max?: unknown; readonly satisfied?: unknown };
  const errors: SurveyRuleError[] = [];
  const min = wholeNumber(raw.min, `${field}.min`, errors);
  const max = wholeNumber(raw.max, `${field}.max`, errors);
  const bounds = min !== undefined && max !== undefined ? checkBounds(min, max, field, errors) : undefined;
  const satisfied = checkSatisfied(raw.satisfied, bounds, `${field}.satisfied`, errors);
  if (errors.length > 0 || !bounds || !satisfied) return refuseAll(errors);
  return ok(Object.freeze({ min: bounds.min, max: bounds.max, satisfied: Object.freeze([...satisfied].sort((a, b) => a - b)) }));
}

/**
 * Whether an answer is a satisfied one. An answer that is not a whole number between min and max is
 * ANSWER_OFF_SCALE; no answer at all is not given to this function (it is not a given answer).
 */
export function isSatisfied(scale: SatisfactionScale, answer: number, field = 'answer'): SurveyResult<boolean> {
  if (!Number.isInteger(answer) || answer < scale.min || answer > scale.max) {
    return refuse(
      new SurveyRuleError('ANSWER_OFF_SCALE', `${field} ${shown(answer)} is not a whole number from ${scale.min} to ${scale.max}`, { field, value: answer }),
    );
  }
  return ok(scale.satisfied.includes(answer));
}

interface Bounds {
  readonly min: number;
  readonly max: number;
}

function wholeNumber(value: unknown, field: string, errors: SurveyRuleError[]): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  errors.push(invalidScale(field, value, 'must be a whole number'));
  return undefined;
}

function checkBounds(min: number, max: number, field: string, errors: SurveyRuleError[]): Bounds | undefined {
  if (min >= max) {
    errors.push(invalidScale(`${field}.max`, max, `must be greater than min (${min})`));
    return undefined;
  }
  if (max - min > MAX_SPAN) {
    errors.push(invalidScale(`${field}.max`, max, `leaves a scale of more than ${MAX_SPAN} steps above min (${min})`));
    return undefined;
  }
  return { min, max };
}

function checkSatisfied(value: unknown, bounds: Bounds | undefined, field: string, errors: SurveyRuleError[]): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push(invalidScale(field, value, 'must list at least one answer that counts as satisfied'));
    return undefined;
  }
  if (value.length > MAX_SPAN + 1) {
    const problem = `${field} lists ${value.length} answers, more than any scale has (${MAX_SPAN + 1})`;
    errors.push(new SurveyRuleError('SCALE_INVALID', problem, { field, value: value.length }));
    return undefined;
  }
  const errorsBefore = errors.length;
  const seen = new Set<number>();
  value.forEach((answer: unknown, position) => {
    const answerField = `${field}[${position}]`;
    if (typeof answer !== 'number' || !Number.isSafeInteger(answer)) {
      errors.push(invalidScale(answerField, answer, 'must be a whole number'));
    } else if (bounds && (answer < bounds.min || answer > bounds.max)) {
      errors.push(invalidScale(answerField, answer, `is not on the scale ${bounds.min}–${bounds.max}`));
    } else if (seen.has(answer)) {
      errors.push(invalidScale(answerField, answer, 'is listed twice'));
    }
    if (typeof answer === 'number') seen.add(answer);
  });
  return errors.length === errorsBefore ? (value as number[]) : undefined;
}

function invalidScale(field: string, value: unknown, problem: string): SurveyRuleError {
  return new SurveyRuleError('SCALE_INVALID', `${field} ${shown(value)} ${problem}`, { field, value });
}
