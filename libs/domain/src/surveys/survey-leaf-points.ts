import Decimal from 'decimal.js';
import { Points } from '../points';
import { IndexValue } from '../results/par-index';
import { SurveyRuleError } from './survey-rule-error';

/**
 * Points of a survey-held leaf (INTERCHANGE "Surveys"): maxPoints × index / 100, rounded half-up to 2
 * places, from the unit's published (2-place) index so that anyone can redo the sum from the results.
 * Never above maxPoints. A unit with no answers has no index and gets no points (null), not 0: the leaf
 * stays pending rather than scored as failed.
 *
 * Throws SURVEY_MAX_POINTS_NOT_POSITIVE or SURVEY_INDEX_OUT_OF_RANGE on values no valid leaf or index has.
 */
export function surveyLeafPoints(maxPoints: Points, index: IndexValue | null): Points | null {
  if (!maxPoints.isPositive()) {
    throw new SurveyRuleError('SURVEY_MAX_POINTS_NOT_POSITIVE', `maxPoints ${maxPoints} of a survey-held leaf must be greater than 0`, {
      field: 'maxPoints',
      value: maxPoints.toString(),
    });
  }
  if (index === null) return null;
  const share = index.toDecimal();
  if (share.isNegative() || share.gt(100)) {
    throw new SurveyRuleError('SURVEY_INDEX_OUT_OF_RANGE', `index ${index} must be a percentage from 0 to 100`, { field: 'index', value: index.toString() });
  }
  const points = maxPoints.toDecimal().times(share).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return Points.min(Points.of(points.toFixed(2)), maxPoints);
}
