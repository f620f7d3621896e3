import { ExactDecimal } from '../exact-decimal';
import { PublishedIndexRuleError, PublishedIndexValidation } from './published-index-rule-error';
import { shown } from './shown-value';

// The rules' errors travel with them: one entry in the library's index.
export * from './published-index-rule-error';

/** PAPI and DGI publish every figure with 4 decimal places (PAPI 2023: "Công khai, minh bạch 5,2514"). */
export const PUBLISHED_PLACES = 4;

/** Half a unit of the 4th place: how far a figure rounded half-up to 4 places can be from the value it rounds. */
const HALF_LAST_PLACE = new ExactDecimal('0.00005');

/** Longer number texts are refused before any arithmetic: no published figure needs more. */
const MAX_FIGURE_TEXT = 24;
/** Longer codes, or codes with brackets or spaces, are not used in a field path: the position names the entry. */
const MAX_KEY_IN_PATH = 32;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A dimension (PAPI) or pillar (DGI) as a file writes it: figures not yet read, `max` already decided by the index's rules. */
export interface PublishedDimensionFigures {
  readonly code: string;
  readonly score: unknown;
  readonly max: unknown;
  readonly subDimensions?: readonly { readonly code: string; readonly score: unknown }[];
}

export interface CheckedSubDimension {
  readonly code: string;
  readonly score: ExactDecimal;
}

export interface CheckedDimension {
  readonly code: string;
  readonly score: ExactDecimal;
  readonly max: ExactDecimal;
  readonly subDimensions: readonly CheckedSubDimension[];
}

/** The figures once every rule holds; `total` is the sum of the dimensions, computed here, never taken from a file. */
export interface PublishedScores {
  readonly dimensions: readonly CheckedDimension[];
  readonly total: ExactDecimal;
  readonly maxTotal: ExactDecimal;
}

/**
 * How far a dimension may be from the sum of its k published sub-dimensions: (k + 1) × 0.00005.
 * Each published figure is its true value rounded half-up to 4 places, so it lies within 0.00005 of it
 * (exactly 0.00005 when the 5th place was a 5 and nothing followed). The true dimension is the exact sum of
 * the true sub-dimensions, so the published dimension and the sum of the published sub-dimensions can differ
 * by the dimension's own rounding plus each sub-dimension's: at most (k + 1) half-units. Beyond that the gap
 * cannot come from rounding: a mistyped figure or a missing sub-dimension.
 */
export function subDimensionTolerance(subDimensions: number): ExactDecimal {
  return HALF_LAST_PLACE.times(subDimensions + 1);
}

/**
 * Checks a province's published PAPI or DGI figures and reports every problem at once: each figure a plain
 * decimal with at most 4 places, each score within [0, max] (a sub-dimension within its dimension's max),
 * codes unique, and sub-dimensions summing to their dimension within the rounding of published figures.
 */
export function checkPublishedScores(dimensions: readonly PublishedDimensionFigures[]): PublishedIndexValidation<PublishedScores> {
  const errors: PublishedIndexRuleError[] = [];
  if (dimensions.length === 0)
    errors.push(new PublishedIndexRuleError('PUBLISHED_DIMENSIONS_MISSING', 'dimensions: a published index has at least one dimension', 'dimensions'));
  const checked: (CheckedDimension | undefined)[] = [];
  const seen = new Set<string>();
  dimensions.forEach((dimension, position) => {
    const path = dimensionPath(dimension.code, position);
    if (seen.has(dimension.code)) errors.push(duplicate(`dimensions[#${position}].code`, dimension.code));
    seen.add(dimension.code);
    checked.push(checkDimension(dimension, path, errors));
  });
  if (errors.length > 0) return { ok: false, errors };
  const valid = checked as CheckedDimension[];
  const total = valid.reduce((sum, dimension) => sum.plus(dimension.score), new ExactDecimal(0));
  const maxTotal = valid.reduce((sum, dimension) => sum.plus(dimension.max), new ExactDecimal(0));
  return { ok: true, value: { dimensions: valid, total, maxTotal } };
}

/** A figure as events and views write it: exactly 4 places ("5.2500"). */
export function publishedText(value: ExactDecimal): string {
  return value.toFixed(PUBLISHED_PLACES);
}

/** `dimensions[D1]`, or `dimensions[#2]` when the code cannot key a path. */
export function dimensionPath(code: unknown, position: number): string {
  return `dimensions[${usableKey(code) ?? `#${position}`}]`;
}

/** `…subDimensions[D1.2]`, or `…subDimensions[#0]`. */
export function subDimensionPath(dimension: string, code: unknown, position: number): string {
  return `${dimension}.subDimensions[${usableKey(code) ?? `#${position}`}]`;
}

function checkDimension(dimension: PublishedDimensionFigures, path: string, errors: PublishedIndexRuleError[]): CheckedDimension | undefined {
  const max = readFigure(dimension.max, `${path}.max`, 'max', errors);
  if (max?.isZero()) errors.push(new PublishedIndexRuleError('PUBLISHED_MAX_INVALID', `${path}.max: must be greater than 0`, `${path}.max`, dimension.max));
  const score = readFigure(dimension.score, `${path}.score`, 'score', errors);
  if (score && max && !max.isZero()) inRange(score, max, `${path}.score`, dimension.score, errors);
  const subDimensions = checkSubDimensions(dimension.subDimensions ?? [], path, max, errors);
  if (!score || !max || !subDimensions) return undefined;
  if (subDimensions.length > 0) checkSum(score, subDimensions, path, errors);
  return { code: dimension.code, score, max, subDimensions };
}

function checkSubDimensions(
  subDimensions: readonly { readonly code: string; readonly score: unknown }[],
  dimensionPath: string,
  max: ExactDecimal | undefined,
  errors: PublishedIndexRuleError[],
): CheckedSubDimension[] | undefined {
  const checked: CheckedSubDimension[] = [];
  const seen = new Set<string>();
  let complete = true;
  subDimensions.forEach((sub, position) => {
    const path = subDimensionPath(dimensionPath, sub.code, position);
    if (seen.has(sub.code)) errors.push(duplicate(`${dimensionPath}.subDimensions[#${position}].code`, sub.code));
    seen.add(sub.code);
    const score = readFigure(sub.score, `${path}.score`, 'score', errors);
    if (score && max && !max.isZero()) inRange(score, max, `${path}.score`, sub.score, errors);
    if (score) checked.push({ code: sub.code, score });
    else complete = false;
  });
  return complete ? checked : undefined;
}

function checkSum(score: ExactDecimal, subDimensions: readonly CheckedSubDimension[], path: string, errors: PublishedIndexRuleError[]): void {
  const sum = subDimensions.reduce((total, sub) => total.plus(sub.score), new ExactDecimal(0));
  const tolerance = subDimensionTolerance(subDimensions.length);
  if (sum.minus(score).abs().lte(tolerance)) return;
  errors.push(
    new PublishedIndexRuleError(
      'PUBLISHED_SUM_MISMATCH',
      `${path}.subDimensions: the ${subDimensions.length} sub-dimensions sum to ${sum.toFixed()}, the dimension is ${score.toFixed()}; ` +
        `rounding of published figures explains at most ${tolerance.toFixed()}`,
      `${path}.subDimensions`,
      sum.toFixed(),
    ),
  );
}

function inRange(score: ExactDecimal, max: ExactDecimal, field: string, input: unknown, errors: PublishedIndexRuleError[]): void {
  if (score.gte(0) && score.lte(max)) return;
  errors.push(new PublishedIndexRuleError('PUBLISHED_SCORE_OUT_OF_RANGE', `${field}: ${shown(input)} is not within 0 to ${max.toFixed()}`, field, input));
}

/** A JSON number or string holding a plain decimal with at most 4 places; a number is judged by its shortest text. */
function readFigure(input: unknown, field: string, noun: string, errors: PublishedIndexRuleError[]): ExactDecimal | undefined {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : typeof input === 'string' ? input.trim() : undefined;
  const code = noun === 'max' ? 'PUBLISHED_MAX_INVALID' : 'PUBLISHED_SCORE_MALFORMED';
  if (text === undefined || text.length > MAX_FIGURE_TEXT || !PLAIN_DECIMAL.test(text)) {
    errors.push(new PublishedIndexRuleError(code, `${field}: ${shown(input)} is not a decimal number such as "5.2514"`, field, input));
    return undefined;
  }
  const value = new ExactDecimal(text);
  if (value.decimalPlaces() > PUBLISHED_PLACES) {
    const tooPrecise = noun === 'max' ? 'PUBLISHED_MAX_INVALID' : 'PUBLISHED_SCORE_TOO_MANY_DECIMALS';
    errors.push(new PublishedIndexRuleError(tooPrecise, `${field}: ${shown(input)} has more than ${PUBLISHED_PLACES} decimal places`, field, input));
    return undefined;
  }
  if (noun === 'max' && value.isNegative()) {
    errors.push(new PublishedIndexRuleError('PUBLISHED_MAX_INVALID', `${field}: must be greater than 0`, field, input));
    return undefined;
  }
  return value.isZero() ? new ExactDecimal(0) : value;
}

function duplicate(field: string, code: string): PublishedIndexRuleError {
  return new PublishedIndexRuleError('PUBLISHED_CODE_DUPLICATE', `${field}: ${shown(code)} is used more than once`, field, code);
}

function usableKey(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_KEY_IN_PATH && !/[[\]\s]/.test(value) ? value : undefined;
}
