import { answerCountProblems, countProblem } from './count-checks';
import { AnswerCounts } from './satisfaction-index';
import { shown } from './shown-value';
import { SurveyRuleError } from './survey-rule-error';

/** One aspect's counts within a unit (TC: 412 answers given, 351 satisfied). */
export interface AspectCounts extends AnswerCounts {
  readonly code: string;
}

/** A unit's counts as the service aggregates them: distinct respondents, and answers per aspect. */
export interface UnitSurveyCounts {
  readonly unit: string;
  readonly respondents: number;
  /** Aspects without answers may be left out; each listed aspect at most once. */
  readonly aspects: readonly AspectCounts[];
}

export interface SurveyCountsInput {
  /** The questionnaire's aspect codes in its order, which is the order of every `aspects` list out. */
  readonly aspects: readonly string[];
  readonly units: readonly UnitSurveyCounts[];
}

/** Unit ids longer than this are named by position in error paths, so a path stays short. */
const MAX_ID_IN_PATH = 64;

/**
 * Every problem with a campaign's counts, fields named by unit and aspect (`units[so-tu-phap].aspects[TC].satisfied`):
 * counts that are not whole numbers from 0 up, more satisfied than given answers, answers without respondents,
 * a unit or aspect listed twice, an aspect the questionnaire does not have.
 */
export function checkSurveyCounts(input: SurveyCountsInput): SurveyRuleError[] {
  return [...checkAspectCodes(input.aspects), ...checkUnits(input)];
}

function checkAspectCodes(codes: readonly string[]): SurveyRuleError[] {
  const errors: SurveyRuleError[] = [];
  const seen = new Set<string>();
  codes.forEach((code, position) => {
    const field = `aspects[#${position}]`;
    if (typeof code !== 'string' || code === '') {
      errors.push(new SurveyRuleError('SURVEY_ASPECT_UNKNOWN', `${field} ${shown(code)} is not an aspect code`, { field, value: code }));
    } else if (seen.has(code)) {
      errors.push(new SurveyRuleError('SURVEY_ASPECT_DUPLICATE', `${field} ${shown(code)} is listed twice in the questionnaire`, { field, value: code }));
    }
    seen.add(code);
  });
  return errors;
}

function checkUnits(input: SurveyCountsInput): SurveyRuleError[] {
  const errors: SurveyRuleError[] = [];
  const known = new Set(input.aspects);
  const seenUnits = new Set<string>();
  input.units.forEach((unit, position) => {
    const usableId = typeof unit.unit === 'string' && unit.unit.trim() !== '';
    const path = usableId && unit.unit.length <= MAX_ID_IN_PATH ? `units[${unit.unit}]` : `units[#${position}]`;
    if (!usableId) {
      errors.push(new SurveyRuleError('SURVEY_UNIT_MISSING', `${path}.unit ${shown(unit.unit)} is not a unit id`, { field: `${path}.unit`, value: unit.unit }));
    } else if (seenUnits.has(unit.unit)) {
      errors.push(
        new SurveyRuleError('SURVEY_UNIT_DUPLICATE', `${path} is listed twice: its counts must be summed first`, { field: `${path}.unit`, value: unit.unit }),
      );
    }
    if (usableId) seenUnits.add(unit.unit);
    errors.push(...checkUnitCounts(unit, path, known));
  });
  return errors;
}

function checkUnitCounts(unit: UnitSurveyCounts, path: string, known: ReadonlySet<string>): SurveyRuleError[] {
  const respondentsProblem = countProblem(unit.respondents, `${path}.respondents`);
  const errors = respondentsProblem ? [respondentsProblem] : [];
  if (!Array.isArray(unit.aspects)) {
    errors.push(
      new SurveyRuleError('SURVEY_COUNT_INVALID', `${path}.aspects must be a list of aspect counts`, { field: `${path}.aspects`, value: unit.aspects }),
    );
    return errors;
  }
  const seen = new Set<string>();
  let answers = 0;
  unit.aspects.forEach((aspect, position) => {
    const codeField = `${path}.aspects[#${position}].code`;
    if (!known.has(aspect.code)) {
      errors.push(
        new SurveyRuleError('SURVEY_ASPECT_UNKNOWN', `${codeField} ${shown(aspect.code)} is not an aspect of the questionnaire`, {
          field: codeField,
          value: aspect.code,
        }),
      );
      return;
    }
    if (seen.has(aspect.code)) {
      errors.push(
        new SurveyRuleError('SURVEY_ASPECT_DUPLICATE', `${codeField} ${shown(aspect.code)} is listed twice for the unit`, {
          field: codeField,
          value: aspect.code,
        }),
      );
    }
    seen.add(aspect.code);
    const problems = answerCountProblems(aspect, `${path}.aspects[${aspect.code}]`);
    errors.push(...problems);
    if (problems.length === 0) answers += aspect.answers;
  });
  if (!respondentsProblem && unit.respondents === 0 && answers > 0) {
    errors.push(
      new SurveyRuleError('SURVEY_COUNT_INVALID', `${path}.respondents is 0 but the unit has ${answers} answers`, { field: `${path}.respondents`, value: 0 }),
    );
  }
  return errors;
}
