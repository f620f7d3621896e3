import { boundedValue } from '../echo';

/** The problems a campaign file can have. */
export type SurveyFileErrorCode = 'FORMAT_UNSUPPORTED' | 'SHAPE_INVALID' | 'ID_DUPLICATE' | 'SCALE_INVALID' | 'ASPECT_UNKNOWN';

/**
 * One problem of a campaign file. The message starts with the field, so a list of messages alone tells the
 * clerk what to fix: `questionnaire.aspects[TC].questions[TC1].code: "TC1" is used more than once …`.
 * `value` keeps only a primitive, cut short: nothing unbounded travels back.
 */
export class SurveyFileError extends Error {
  readonly value: string | number | boolean | null | undefined;

  constructor(
    readonly code: SurveyFileErrorCode,
    readonly field: string,
    problem: string,
    value?: unknown,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'SurveyFileError';
    this.value = boundedValue(value);
  }

  toJSON(): { code: SurveyFileErrorCode; message: string; field: string; value?: string | number | boolean | null } {
    return { code: this.code, message: this.message, field: this.field, ...(this.value === undefined ? {} : { value: this.value }) };
  }
}

/** The file, or every problem found: a campaign is opened all-or-nothing, so it needs them all at once. */
export type SurveyFileValidation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly SurveyFileError[] };
