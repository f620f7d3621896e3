import { echo } from '../echo';
import { AnsweredPairs } from './answered-pairs';
import { personalDataInId } from './personal-data';
import { KnownResponses, RejectedRow, RejectedRowCode, ResponseRow } from './response-row';

export const MAX_RESPONDENT_LENGTH = 64;

/** A row's values as the file gave them (CSV: text; JSON lines: an answer may also be a number or null). */
export interface ResponseFields {
  readonly respondent: string;
  readonly unit: string;
  readonly question: string;
  readonly answer: string | number | null;
  /** Absent when the file has no `respondentUnit` column; empty or null for a respondent from outside. */
  readonly respondentUnit?: string | null;
}

export type CheckedResponse = { readonly ok: true; readonly row: ResponseRow } | { readonly ok: false; readonly rejected: RejectedRow };

/**
 * The rules of one row: a pseudonymous respondent, a known unit, the respondent's own unit (when given) a
 * unit of the cycle and, in a cross-evaluation, not the one evaluated; a known question, a whole answer on
 * the scale or none, and one answer per respondent and question in the file.
 *
 * Memory: the (respondent, question) pairs accepted so far are kept (AnsweredPairs: a bit per question
 * and respondent) — the one part of the reading that grows with the file, by the respondents in it.
 */
export class ResponseChecker {
  private readonly answered: AnsweredPairs;

  constructor(private readonly known: KnownResponses) {
    this.answered = new AnsweredPairs(known.questions);
  }

  check(line: number, fields: ResponseFields): CheckedResponse {
    const reject = (code: RejectedRowCode, reason: string): CheckedResponse => ({ ok: false, rejected: { line, code, reason } });
    const respondent = fields.respondent.trim();
    const unit = fields.unit.trim();
    const question = fields.question.trim();
    const respondentProblem = problemOfRespondent(respondent);
    if (respondentProblem) return reject(respondentProblem.code, respondentProblem.reason);
    if (!this.known.units.has(unit)) return reject('UNIT_UNKNOWN', unit === '' ? 'unit is empty' : `unit ${echo(unit)} is not a unit of this campaign`);
    const respondentUnit = respondentUnitOf(fields.respondentUnit);
    if (respondentUnit !== undefined) {
      const problem = this.problemOfRespondentUnit(respondentUnit, unit);
      if (problem) return reject(problem.code, problem.reason);
    }
    if (!this.known.questions.has(question)) {
      return reject('QUESTION_UNKNOWN', question === '' ? 'question is empty' : `question ${echo(question)} is not in the questionnaire`);
    }
    const answer = answerOf(fields.answer, this.known.scale);
    if (answer === undefined) {
      const { min, max } = this.known.scale;
      return reject('ANSWER_INVALID', `answer ${echo(fields.answer)} is not a whole number on the scale ${min}–${max} (leave it empty for no answer)`);
    }
    if (!this.answered.add(respondent, question)) {
      return reject('RESPONSE_DUPLICATE', `the respondent already answered question ${echo(question)} earlier in this file`);
    }
    return { ok: true, row: { line, respondent, unit, respondentUnit, question, answer } };
  }

  private problemOfRespondentUnit(respondentUnit: string, unit: string): { code: RejectedRowCode; reason: string } | undefined {
    if (!(this.known.respondentUnits ?? this.known.units).has(respondentUnit)) {
      return {
        code: 'RESPONDENT_UNIT_UNKNOWN',
        reason: `respondentUnit ${echo(respondentUnit)} is not a unit of the campaign's cycle (leave it empty for a respondent from outside, a citizen or a business)`,
      };
    }
    if (this.known.crossEvaluation && respondentUnit === unit) {
      return {
        code: 'SELF_EVALUATION',
        reason: `the respondent works in the unit evaluated, ${echo(unit)}: a unit does not evaluate itself (respondentUnit must name another unit, or be empty for a respondent from outside)`,
      };
    }
    return undefined;
  }
}

/** The respondent's own unit, or undefined for none (no column, an empty cell, or null). */
function respondentUnitOf(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text === '' ? undefined : text;
}

function problemOfRespondent(respondent: string): { code: RejectedRowCode; reason: string } | undefined {
  if (respondent === '') return { code: 'RESPONDENT_INVALID', reason: 'respondent is empty: every row names its respondent by a pseudonymous id' };
  if (respondent.length > MAX_RESPONDENT_LENGTH)
    return { code: 'RESPONDENT_INVALID', reason: `respondent id is longer than ${MAX_RESPONDENT_LENGTH} characters` };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(respondent)) return { code: 'RESPONDENT_INVALID', reason: 'respondent id contains a control character' };
  const personal = personalDataInId(respondent);
  if (personal) {
    // The id itself is not repeated: the reason must not spread the personal data it refuses.
    return {
      code: 'PERSONAL_DATA',
      reason: `respondent id looks like ${personal}: respondents must be pseudonymous ids such as "PV-0001", never personal data`,
    };
  }
  return undefined;
}

/** The answer as a number, null for none (an empty cell, "" or null), undefined when it is not on the scale. */
function answerOf(answer: string | number | null, scale: KnownResponses['scale']): number | null | undefined {
  const text = typeof answer === 'string' ? answer.trim() : answer;
  if (text === null || text === '') return null;
  const value = typeof text === 'number' ? text : /^[+-]?\d{1,9}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(value) && value >= scale.min && value <= scale.max ? value : undefined;
}
