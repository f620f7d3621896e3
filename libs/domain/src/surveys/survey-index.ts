import { parseTwoPlaceDecimal } from '../exact-decimal';
import { IndexValue } from '../results/par-index';
import { fail, ok, Result } from '../result';
import { shown } from './shown-value';
import { SurveyRuleError } from './survey-rule-error';

/**
 * A unit's survey index as a file or a published record gives it (a JSON number or a string, "87.50"):
 * a percentage from 0 to 100 with at most 2 decimal places. Errors name `field` and quote the value.
 */
export function parseSurveyIndex(input: unknown, field = 'index'): Result<IndexValue> {
  const parsed = parseTwoPlaceDecimal(input, { field, noun: field });
  if (!parsed.ok) return parsed;
  if (parsed.value.isNegative() || parsed.value.gt(100)) {
    return fail(new SurveyRuleError('SURVEY_INDEX_OUT_OF_RANGE', `${field} ${shown(input)} must be a percentage from 0 to 100`, { field, value: input }));
  }
  // At most 2 places already: rounding to 2 changes nothing but the written form ("87.5" → "87.50").
  return ok(IndexValue.rounded(parsed.value));
}
