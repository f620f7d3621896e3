import Decimal from 'decimal.js';
import { DomainError, quote } from './domain-error';
import { fail, ok, Result } from './result';

/**
 * Decimal arithmetic for the whole domain. The default 20 significant digits could round a long sum
 * silently; 50 keeps every sum of 2-place values exact, and half-up is the rounding the index publishes.
 */
export const ExactDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type ExactDecimal = Decimal;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const ANY_FINITE_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Points in this domain are two-digit numbers; 15 integer digits is far beyond any real value yet exact. */
const MAX_INTEGER_DIGITS = 15;

export interface TwoPlaceRules {
  readonly field: string;
  /** What the value is, for messages: "points", "minIndex". */
  readonly noun: string;
}

/**
 * Reads a JSON number or string holding a decimal with at most 2 places. A JS number is judged by its
 * shortest text (`String(n)`), so 0.1 + 0.2 ("0.30000000000000004") is rejected rather than rounded.
 */
export function parseTwoPlaceDecimal(input: unknown, rules: TwoPlaceRules): Result<ExactDecimal> {
  const { field, noun } = rules;
  const text = textOf(input);
  if (text === undefined || !ANY_FINITE_NUMBER.test(text)) {
    return fail(new DomainError('POINTS_MALFORMED', `${noun} ${quote(input)} is not a decimal number`, { field, value: input }));
  }
  const value = new ExactDecimal(text);
  if (value.decimalPlaces() > 2) {
    return fail(new DomainError('POINTS_TOO_MANY_DECIMALS', `${noun} ${quote(input)} has more than 2 decimal places`, { field, value: input }));
  }
  if (!PLAIN_DECIMAL.test(text)) {
    return fail(new DomainError('POINTS_MALFORMED', `${noun} ${quote(input)} must be written as a plain decimal such as "87.64"`, { field, value: input }));
  }
  if (value.abs().gte(new ExactDecimal(10).pow(MAX_INTEGER_DIGITS))) {
    return fail(new DomainError('POINTS_TOO_LARGE', `${noun} ${quote(input)} is too large`, { field, value: input }));
  }
  return ok(value.isZero() ? new ExactDecimal(0) : value);
}

/** Reads any finite decimal (ratios, counts measured by systems), by the same shortest-text rule. */
export function parseFiniteDecimal(input: unknown): ExactDecimal | undefined {
  if (Decimal.isDecimal(input)) return input.isFinite() ? new ExactDecimal(input) : undefined;
  const text = textOf(input);
  return text !== undefined && ANY_FINITE_NUMBER.test(text) ? new ExactDecimal(text) : undefined;
}

function textOf(input: unknown): string | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : undefined;
  if (typeof input === 'string') return input;
  return undefined;
}
