import { IndexValue } from '../results/par-index';
import { ok } from '../result';
import { AnswerCounts, satisfactionIndex } from './satisfaction-index';
import { checkSurveyCounts, SurveyCountsInput, UnitSurveyCounts } from './survey-counts';
import { refuseAll, SurveyRuleError, SurveyValidation } from './survey-rule-error';
import { ConfidenceInterval, wilsonInterval } from './wilson-interval';

export interface AspectFigures {
  readonly code: string;
  readonly answers: number;
  readonly index: IndexValue | null;
  readonly ci: ConfidenceInterval | null;
}

export interface SurveyFigures {
  readonly respondents: number;
  readonly answers: number;
  readonly index: IndexValue | null;
  readonly ci: ConfidenceInterval | null;
  readonly aspects: readonly AspectFigures[];
}

export interface UnitSurveyFigures extends SurveyFigures {
  readonly unit: string;
}

export interface SurveySummary {
  /** In the order given. */
  readonly units: readonly UnitSurveyFigures[];
  /** The province's figures: every count summed over the units, then one index (not a mean of indices). */
  readonly overall: SurveyFigures;
}

/**
 * A campaign's figures per unit and overall, from counts: index and 95 % interval of all answers and of
 * each aspect. Returns every problem with the counts at once. The overall respondents are the sum of the
 * units' respondents: respondent ids are counted per unit, so one person asked about two units counts twice.
 */
export function summarizeSurvey(input: SurveyCountsInput): SurveyValidation<SurveySummary> {
  const errors = checkSurveyCounts(input);
  if (errors.length > 0) return refuseAll(errors);
  const tallies = input.units.map((unit) => tallyOf(unit, input.aspects));
  const overall = sumTallies(tallies, input.aspects);
  if (!Number.isSafeInteger(overall.respondents) || !Number.isSafeInteger(overall.total.answers)) {
    return refuseAll([new SurveyRuleError('SURVEY_COUNT_INVALID', 'units hold more answers than can be added up exactly', { field: 'units' })]);
  }
  return ok({
    units: tallies.map((tally, position) => ({ unit: input.units[position].unit, ...figuresOf(tally) })),
    overall: figuresOf(overall),
  });
}

/** Counts of one unit, or of all: respondents, all answers, and answers per aspect code. */
interface Tally {
  readonly respondents: number;
  readonly total: AnswerCounts;
  readonly aspects: ReadonlyMap<string, AnswerCounts>;
}

const NONE: AnswerCounts = { answers: 0, satisfied: 0 };

function add(a: AnswerCounts, b: AnswerCounts): AnswerCounts {
  return { answers: a.answers + b.answers, satisfied: a.satisfied + b.satisfied };
}

function tallyOf(unit: UnitSurveyCounts, codes: readonly string[]): Tally {
  const aspects = new Map(codes.map((code) => [code, NONE]));
  for (const aspect of unit.aspects) aspects.set(aspect.code, { answers: aspect.answers, satisfied: aspect.satisfied });
  return { respondents: unit.respondents, total: [...aspects.values()].reduce(add, NONE), aspects };
}

function sumTallies(tallies: readonly Tally[], codes: readonly string[]): Tally {
  const aspects = new Map(codes.map((code) => [code, tallies.map((tally) => tally.aspects.get(code) ?? NONE).reduce(add, NONE)]));
  const respondents = tallies.reduce((sum, tally) => sum + tally.respondents, 0);
  return { respondents, total: tallies.map((tally) => tally.total).reduce(add, NONE), aspects };
}

function figuresOf(tally: Tally): SurveyFigures {
  return {
    respondents: tally.respondents,
    answers: tally.total.answers,
    index: satisfactionIndex(tally.total),
    ci: wilsonInterval(tally.total),
    aspects: [...tally.aspects].map(([code, counts]) => ({ code, answers: counts.answers, index: satisfactionIndex(counts), ci: wilsonInterval(counts) })),
  };
}
