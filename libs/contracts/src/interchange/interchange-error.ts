import type { DomainError, DomainErrorCode } from '@par/domain';

/**
 * Problems only a whole file can have, added to the domain's own codes (which a file can also break).
 * Kept here rather than in libs/domain: they are about the file's shape and cross-references.
 */
export type InterchangeOnlyCode =
  | 'FORMAT_UNSUPPORTED'
  | 'SHAPE_INVALID'
  | 'ID_DUPLICATE'
  | 'CRITERIA_SET_UNKNOWN'
  | 'GROUP_UNKNOWN'
  | 'PARENT_UNKNOWN'
  | 'PARENT_CYCLE'
  | 'UNIT_UNKNOWN'
  | 'ASSESSMENT_DUPLICATE'
  | 'CRITERION_SCORED_BY_SURVEY'
  | 'CRITERION_NOT_SURVEY_HELD'
  | 'SURVEY_RESULT_DUPLICATE'
  | 'REASON_REQUIRED'
  | 'APPRAISAL_SCORE_EMPTY'
  | 'POINTS_ON_NOT_APPLICABLE'
  | 'ADJUSTMENT_NOT_POSITIVE'
  | 'EXPLANATION_DUPLICATE'
  | 'EXPLANATION_TEXT_REQUIRED'
  | 'EXPLANATION_NOT_ADJUSTED'
  | 'EXPLANATION_POINTS_REQUIRED'
  | 'EXPLANATION_UPHELD_WITH_POINTS'
  | 'EXPLANATION_CHANGED_TO_SAME';

export type InterchangeErrorCode = DomainErrorCode | InterchangeOnlyCode;

export interface InterchangeErrorDetails {
  /** Where in the file, e.g. `appraisals[unit=so-tu-phap].scores[1.1].points`. */
  readonly field: string;
  readonly value?: unknown;
  readonly unit?: string;
  readonly criterion?: string;
}

/**
 * One problem of a cycle file. The message starts with the field, so a list of messages alone tells a
 * province's clerk what to fix: `appraisals[unit=so-tu-phap].scores[1.1].points: 1.125 has more than
 * 2 decimal places`.
 */
export class InterchangeError extends Error {
  readonly field: string;
  readonly value: unknown;
  readonly unit: string | undefined;
  readonly criterion: string | undefined;

  constructor(
    readonly code: InterchangeErrorCode,
    problem: string,
    details: InterchangeErrorDetails,
  ) {
    super(`${details.field}: ${problem}`);
    this.name = 'InterchangeError';
    this.field = details.field;
    this.value = details.value;
    this.unit = details.unit;
    this.criterion = details.criterion;
  }

  /** A domain rule broken inside the file, re-placed at `field` and told without the domain's own prefix. */
  static fromDomain(error: DomainError, field: string, context: { unit?: string; criterion?: string } = {}): InterchangeError {
    return new InterchangeError(error.code, problemOf(error), {
      field,
      value: error.value,
      unit: context.unit,
      criterion: context.criterion ?? error.criterion,
    });
  }

  toJSON(): { code: InterchangeErrorCode; message: string; field: string; value?: unknown; unit?: string; criterion?: string } {
    return { code: this.code, message: this.message, field: this.field, value: this.value, unit: this.unit, criterion: this.criterion };
  }
}

/** Every problem of a file, or the file: an import is all-or-nothing, so it needs them all at once. */
export type InterchangeValidation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly InterchangeError[] };

/**
 * The domain's message minus what the file path already says: its "Criterion 1.1: " prefix and the name
 * of the field it opens with ("points 1.125 has …" → "1.125 has …"), so the path is not said twice.
 */
function problemOf(error: DomainError): string {
  const text = error.message.replace(/^Criterion [^:]+: /, '');
  const segments = error.field.split('.');
  for (let start = 0; start < segments.length; start++) {
    const named = `${segments.slice(start).join('.')} `;
    if (text.startsWith(named)) return grammar(text.slice(named.length));
  }
  return text;
}

/** The domain says "points 0.60 are not …"; once "points" is gone, the value alone takes "is". */
function grammar(text: string): string {
  return text.replace(/^(\S+) are /, '$1 is ').replace(/^(\S+) match /, '$1 matches ');
}
