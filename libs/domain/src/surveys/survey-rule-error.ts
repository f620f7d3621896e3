import { DomainError, type DomainErrorCode } from '../domain-error';
import { bounded } from './shown-value';

/** The survey rules' codes: part of DOMAIN_ERROR_CODES (all about the input: 'invalid'). */
export const SURVEY_RULE_ERROR_CODES = [
  'SCALE_INVALID',
  'ANSWER_OFF_SCALE',
  'SURVEY_COUNT_INVALID',
  'SURVEY_UNIT_MISSING',
  'SURVEY_UNIT_DUPLICATE',
  'SURVEY_ASPECT_UNKNOWN',
  'SURVEY_ASPECT_DUPLICATE',
  'SURVEY_INDEX_OUT_OF_RANGE',
  'SURVEY_MAX_POINTS_NOT_POSITIVE',
  'SAMPLE_POPULATION_INVALID',
  'SAMPLE_MARGIN_INVALID',
] as const satisfies readonly DomainErrorCode[];

export type SurveyRuleErrorCode = (typeof SURVEY_RULE_ERROR_CODES)[number];

export interface SurveyRuleErrorDetails {
  /** Path of the offending input, e.g. `scale.satisfied[1]`, `units[so-tu-phap].aspects[TC].satisfied`. */
  readonly field: string;
  readonly value?: unknown;
}

/** A broken survey rule: a DomainError whose quoted value is bounded (a survey row may carry anything). */
export class SurveyRuleError extends DomainError {
  constructor(code: SurveyRuleErrorCode, message: string, details: SurveyRuleErrorDetails) {
    super(code, message, { field: details.field, value: bounded(details.value) });
    this.name = 'SurveyRuleError';
  }

  /** The same problem with its field placed under `path`, e.g. `min` → `questionnaire.scale.min`. */
  override under(path: string): SurveyRuleError {
    return new SurveyRuleError(this.code as SurveyRuleErrorCode, this.message, { field: `${path}.${this.field}`, value: this.value });
  }
}

export type SurveyResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SurveyRuleError };
export type SurveyValidation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly SurveyRuleError[] };

export function refuse(error: SurveyRuleError): { readonly ok: false; readonly error: SurveyRuleError } {
  return { ok: false, error };
}

export function refuseAll(errors: readonly SurveyRuleError[]): { readonly ok: false; readonly errors: readonly SurveyRuleError[] } {
  return { ok: false, errors };
}

/** For inputs already known good (constants, tests): the value, or the first error thrown. */
export function unwrapSurvey<T>(result: SurveyResult<T> | SurveyValidation<T>): T {
  if (result.ok) return result.value;
  throw 'error' in result ? result.error : result.errors[0];
}
