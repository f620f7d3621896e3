import { ExactDecimal, parseFiniteDecimal } from '../exact-decimal';
import { ok } from '../result';
import { shown } from './shown-value';
import { refuse, SurveyResult, SurveyRuleError } from './survey-rule-error';

/** The margin of error Decision 1001/QĐ-BNV practice plans with: ±5 %. */
export const DEFAULT_MARGIN = '0.05';

/** "0.05", "0.035": more places than this mean nothing to a sample plan, and keep the arithmetic exact. */
const MAX_MARGIN_PLACES = 6;

/**
 * Respondents to plan for a population of `population` (Yamane): n = N / (1 + N·e²), rounded UP to a
 * whole respondent, so the margin is met rather than nearly met. N = 0 plans 0. `margin` is e, in (0, 1),
 * given as text ("0.05") or a number read by its shortest text (0.05).
 */
export function plannedSampleSize(population: unknown, margin: unknown = DEFAULT_MARGIN): SurveyResult<number> {
  if (typeof population !== 'number' || !Number.isSafeInteger(population) || population < 0) {
    return refuse(
      new SurveyRuleError('SAMPLE_POPULATION_INVALID', `population ${shown(population)} must be a whole number from 0 up`, {
        field: 'population',
        value: population,
      }),
    );
  }
  const e = parseFiniteDecimal(margin);
  if (!e || e.lte(0) || e.gte(1) || e.decimalPlaces() > MAX_MARGIN_PLACES) {
    const problem = `margin ${shown(margin)} must be a decimal between 0 and 1 (such as 0.05) with at most ${MAX_MARGIN_PLACES} places`;
    return refuse(new SurveyRuleError('SAMPLE_MARGIN_INVALID', problem, { field: 'margin', value: margin }));
  }
  // With e = a / 10^k everything is a whole number: n = ⌈N·10^2k / (10^2k + N·a²)⌉, under 30 digits, exact in 50.
  const scale = new ExactDecimal(10).pow(2 * e.decimalPlaces());
  const numerator = new ExactDecimal(population).times(scale);
  const denominator = scale.plus(e.times(e).times(scale).times(population));
  const whole = numerator.divToInt(denominator);
  return ok((whole.times(denominator).eq(numerator) ? whole : whole.plus(1)).toNumber());
}
