import { CriterionLeaf, ExactDecimal, Points } from '@par/domain';
import { SubmissionsError } from '../shared/submissions-error';

/** Points a value of the log carries: the 2-place string, or Points already parsed. */
type PointsValue = string | Points;

export interface ProgressInput {
  /** The unit's leaves (its group's set at the current version). */
  readonly leaves: readonly CriterionLeaf[];
  readonly notApplicable: readonly string[];
  /** The current draft (or submitted) self scores. */
  readonly scores: readonly { readonly criterion: string; readonly points: PointsValue }[];
  /**
   * The points the survey service has applied, the one in force per leaf (the latest campaign). Only
   * survey-held applicable leaves take them: the survey never scores a leaf the unit scores itself.
   */
  readonly surveyPoints?: readonly { readonly criterion: string; readonly points: PointsValue }[];
  /**
   * The share of the survey-held points the unit expects, in [0, 1] (e.g. last year's result).
   * Default 0: nothing is counted before the survey has spoken, so a projection never promises points.
   */
  readonly expectedSurveyRatio?: number | string;
}

/** Where a unit stands during the year, e.g. "51.39 of 66.50 so far; projected 52.50". All 2-place strings. */
export interface Progress {
  /** Points secured so far: Σ self points on the applicable leaves the unit scores itself + surveyGiven. */
  readonly secured: string;
  /** Σ max of the applicable survey-held leaves, given or not: decided by the survey, not by the unit. */
  readonly surveyHeld: string;
  /** Σ points the survey has given to applicable survey-held leaves (already in `secured`). */
  readonly surveyGiven: string;
  /** Σ max of the applicable survey-held leaves the survey has not given points yet: what is still pending. */
  readonly surveyPending: string;
  /** Σ max of applicable leaves, survey leaves included. */
  readonly applicableMax: string;
  /** secured + surveyPending × expected ratio (rounded half-up to 2 places); leaves not scored yet count 0. */
  readonly projected: string;
}

/** A pure query over a unit's sheet and the survey's applied points: no aggregate, no events. */
export function computeProgress(input: ProgressInput): Progress {
  const ratio = parseRatio(input.expectedSurveyRatio ?? 0);
  const applicable = input.leaves.filter((leaf) => !input.notApplicable.includes(leaf.code));
  const selfScored = new Set(applicable.filter((leaf) => leaf.source !== 'survey').map((leaf) => leaf.code));
  const surveyLeaves = applicable.filter((leaf) => leaf.source === 'survey');
  const selfPoints = Points.sum(input.scores.filter((score) => selfScored.has(score.criterion)).map((score) => Points.of(score.points)));

  const given = givenBySurvey(surveyLeaves, input.surveyPoints ?? []);
  const surveyGiven = Points.sum([...given.values()]);
  const surveyPending = Points.sum(surveyLeaves.filter((leaf) => !given.has(leaf.code)).map((leaf) => leaf.maxPoints));
  const secured = selfPoints.plus(surveyGiven);
  const expectedFromSurvey = surveyPending.toDecimal().times(ratio).toDecimalPlaces(2, ExactDecimal.ROUND_HALF_UP);
  return {
    secured: secured.toString(),
    surveyHeld: Points.sum(surveyLeaves.map((leaf) => leaf.maxPoints)).toString(),
    surveyGiven: surveyGiven.toString(),
    surveyPending: surveyPending.toString(),
    applicableMax: Points.sum(applicable.map((leaf) => leaf.maxPoints)).toString(),
    projected: secured.plus(Points.of(expectedFromSurvey.toFixed(2))).toString(),
  };
}

/** The survey's points per applicable survey-held leaf; points on any other code (self leaf, not applicable, not in the set) are not the unit's. */
function givenBySurvey(surveyLeaves: readonly CriterionLeaf[], applied: NonNullable<ProgressInput['surveyPoints']>): Map<string, Points> {
  const held = new Set(surveyLeaves.map((leaf) => leaf.code));
  return new Map(applied.filter((value) => held.has(value.criterion)).map((value) => [value.criterion, Points.of(value.points)]));
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
/** A ratio comes from a request: a refusal quotes at most this much of it. */
const MAX_QUOTED = 40;

function parseRatio(input: number | string): ExactDecimal {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : input;
  const quoted = typeof input === 'string' && input.length > MAX_QUOTED ? `${input.slice(0, MAX_QUOTED)}…` : input;
  if (typeof text !== 'string' || !PLAIN_DECIMAL.test(text)) {
    throw new SubmissionsError('RATIO_MALFORMED', `expectedSurveyRatio ${JSON.stringify(quoted)} is not a decimal number`, {
      field: 'expectedSurveyRatio',
      value: quoted,
    });
  }
  const ratio = new ExactDecimal(text);
  if (ratio.lt(0) || ratio.gt(1)) {
    throw new SubmissionsError('RATIO_OUT_OF_RANGE', `expectedSurveyRatio ${JSON.stringify(quoted)} must be in [0, 1]`, {
      field: 'expectedSurveyRatio',
      value: quoted,
    });
  }
  return ratio;
}
