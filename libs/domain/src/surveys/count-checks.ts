import { shown } from './shown-value';
import { SurveyRuleError } from './survey-rule-error';

/** Checks of the counts the service aggregates from responses (internal to the survey rules, not exported). */
interface Counts {
  readonly answers: number;
  readonly satisfied: number;
}

/** The problem with one count, if any: counts are whole numbers from 0 up. */
export function countProblem(value: unknown, field: string): SurveyRuleError | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return undefined;
  return new SurveyRuleError('SURVEY_COUNT_INVALID', `${field} ${shown(value)} must be a whole number from 0 up`, { field, value });
}

/** Every problem with a pair of counts, fields under `field` (`units[so-tu-phap].aspects[TC].satisfied`). */
export function answerCountProblems(counts: Counts, field: string): SurveyRuleError[] {
  const problems = [countProblem(counts.answers, `${field}.answers`), countProblem(counts.satisfied, `${field}.satisfied`)].filter(
    (problem): problem is SurveyRuleError => problem !== undefined,
  );
  if (problems.length === 0 && counts.satisfied > counts.answers) {
    problems.push(
      new SurveyRuleError('SURVEY_COUNT_INVALID', `${field}.satisfied ${counts.satisfied} is more than the ${counts.answers} answers given`, {
        field: `${field}.satisfied`,
        value: counts.satisfied,
      }),
    );
  }
  return problems;
}

/** A computation's precondition: throws the first problem (the counts come from the service's own aggregation). */
export function assertAnswerCounts(counts: Counts, field = 'counts'): void {
  const [problem] = answerCountProblems(counts, field);
  if (problem) throw problem;
}

export function assertCount(value: number, field: string): void {
  const problem = countProblem(value, field);
  if (problem) throw problem;
}
