import { CriterionLeaf, ExactDecimal, Points } from '@par/domain';
import { SubmissionsError } from '../shared/submissions-error';

export interface ProgressInput {
  /** The unit's leaves (its group's set at the current version). */
  readonly leaves: readonly CriterionLeaf[];
  readonly notApplicable: readonly string[];
  /** The current draft (or submitted) self scores. */
  readonly scores: readonly { readonly criterion: string; readonly points: string | Points }[];
  /**
   * The share of the survey-held points the unit expects, in [0, 1] (e.g. last year's result).
   * Default 0: nothing is counted before the survey has spoken, so a projection never promises points.
   */
  readonly expectedSurveyRatio?: number | string;
}

/** Where a unit stands during the year, e.g. "51.39 of 66.50 so far; projected 52.50". All 2-place strings. */
export interface Progress {
  /** Σ self points on applicable leaves the unit scores itself. */
  readonly secured: string;
  /** Σ max of applicable survey leaves: decided by the year-end survey, not by the unit. */
  readonly surveyHeld: string;
  /** Σ max of applicable leaves, survey leaves included. */
  readonly applicableMax: string;
  /** secured + surveyHeld × expected ratio (rounded half-up to 2 places); leaves not scored yet count 0. */
  readonly projected: string;
}

/** A pure query over a unit's sheet: no aggregate, no events. */
export function computeProgress(input: ProgressInput): Progress {
  const applicable = input.leaves.filter((leaf) => !input.notApplicable.includes(leaf.code));
  const selfScored = new Map(applicable.filter((leaf) => leaf.source !== 'survey').map((leaf) => [leaf.code, leaf]));
  const secured = Points.sum(input.scores.filter((score) => selfScored.has(score.criterion)).map((score) => Points.of(score.points)));
  const surveyHeld = Points.sum(applicable.filter((leaf) => leaf.source === 'survey').map((leaf) => leaf.maxPoints));
  const applicableMax = Points.sum(applicable.map((leaf) => leaf.maxPoints));
  const expectedFromSurvey = surveyHeld
    .toDecimal()
    .times(parseRatio(input.expectedSurveyRatio ?? 0))
    .toDecimalPlaces(2, ExactDecimal.ROUND_HALF_UP);
  const projected = secured.plus(Points.of(expectedFromSurvey.toFixed(2)));
  return { secured: secured.toString(), surveyHeld: surveyHeld.toString(), applicableMax: applicableMax.toString(), projected: projected.toString() };
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function parseRatio(input: number | string): ExactDecimal {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : input;
  if (typeof text !== 'string' || !PLAIN_DECIMAL.test(text)) {
    throw new SubmissionsError('RATIO_MALFORMED', `expectedSurveyRatio ${JSON.stringify(input)} is not a decimal number`, {
      field: 'expectedSurveyRatio',
      value: input,
    });
  }
  const ratio = new ExactDecimal(text);
  if (ratio.lt(0) || ratio.gt(1)) {
    throw new SubmissionsError('RATIO_OUT_OF_RANGE', `expectedSurveyRatio ${text} must be in [0, 1]`, { field: 'expectedSurveyRatio', value: input });
  }
  return ratio;
}
