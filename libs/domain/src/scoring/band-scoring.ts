import Decimal from 'decimal.js';
import { DomainError, quote } from '../domain-error';
import { parseFiniteDecimal } from '../exact-decimal';
import { Points } from '../points';
import { fail, invalid, ok, Result, Validation } from '../result';

/** From `minRatio` upwards the leaf earns `points`, e.g. ≥ 95 % of dossiers on time: 1 point. */
export interface Band {
  readonly minRatio: Decimal;
  readonly points: Points;
}

/** Points by a measured ratio; bands are kept highest ratio first, as the criteria sets print them. */
export interface BandsMethod {
  readonly kind: 'bands';
  readonly bands: readonly Band[];
}

/** A measured ratio in [0, 1]: a JSON number, a decimal string, or an exact Decimal (e.g. 241 / 250). */
export type RatioInput = number | string | Decimal;

/**
 * Bands must run from the highest ratio down with strictly falling minRatio and non-rising points,
 * so "the band reached" and "the best band reached" are the same band.
 */
export function parseBandsMethod(input: { readonly bands?: unknown }, max: Points | undefined, field: string): Validation<BandsMethod> {
  const bandsField = `${field}.bands`;
  if (!Array.isArray(input.bands) || input.bands.length === 0) {
    return invalid([new DomainError('METHOD_BANDS_EMPTY', `${bandsField} must list at least one band`, { field: bandsField, value: input.bands })]);
  }
  const errors: DomainError[] = [];
  const bands: Band[] = [];
  input.bands.forEach((raw: unknown, position: number) => {
    const band = parseBand(raw, max, `${bandsField}[${position}]`);
    if (band.ok) bands.push(band.value);
    else errors.push(...band.errors);
  });
  if (errors.length > 0) return invalid(errors);
  for (let position = 1; position < bands.length; position++) {
    const [higher, lower] = [bands[position - 1], bands[position]];
    const bandField = `${bandsField}[${position}]`;
    if (!lower.minRatio.lt(higher.minRatio)) {
      errors.push(
        new DomainError('METHOD_BANDS_NOT_SORTED', `${bandField}.minRatio ${lower.minRatio} must be below the previous band's ${higher.minRatio}`, {
          field: `${bandField}.minRatio`,
          value: lower.minRatio.toString(),
        }),
      );
    } else if (lower.points.greaterThan(higher.points)) {
      errors.push(
        new DomainError('METHOD_BANDS_POINTS_NOT_DESCENDING', `${bandField}.points ${lower.points} must not exceed the higher band's ${higher.points}`, {
          field: `${bandField}.points`,
          value: lower.points.toString(),
        }),
      );
    }
  }
  return errors.length > 0 ? invalid(errors) : ok({ kind: 'bands', bands });
}

function parseBand(raw: unknown, max: Points | undefined, field: string): Validation<Band> {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as { minRatio?: unknown; points?: unknown };
  const errors: DomainError[] = [];
  const minRatio = parseFiniteDecimal(input.minRatio);
  if (!minRatio || minRatio.lt(0) || minRatio.gt(1)) {
    errors.push(
      new DomainError('METHOD_BAND_RATIO_INVALID', `${field}.minRatio ${quote(input.minRatio)} must be a number in [0, 1]`, {
        field: `${field}.minRatio`,
        value: input.minRatio,
      }),
    );
  }
  const points = Points.parse(input.points, { field: `${field}.points`, nonNegative: true });
  if (!points.ok) errors.push(points.error);
  else if (max && points.value.greaterThan(max)) {
    errors.push(
      new DomainError('METHOD_BAND_POINTS_ABOVE_MAX', `${field}.points ${points.value} is above maxPoints ${max}`, {
        field: `${field}.points`,
        value: input.points,
      }),
    );
  }
  if (errors.length > 0 || !minRatio || !points.ok) return invalid(errors);
  return ok({ minRatio, points: points.value });
}

/** The points of the highest band whose minRatio the ratio reaches; none reached earns 0. */
export function scoreByBands(method: BandsMethod, ratio: RatioInput): Points {
  const measured = parseFiniteDecimal(ratio);
  if (!measured) {
    throw new DomainError('RATIO_MALFORMED', `ratio ${quote(ratio)} is not a number`, { field: 'ratio', value: ratio });
  }
  if (measured.lt(0) || measured.gt(1)) {
    throw new DomainError('RATIO_OUT_OF_RANGE', `ratio ${measured} must be in [0, 1]`, { field: 'ratio', value: ratio });
  }
  const reached = method.bands.filter((band) => band.minRatio.lte(measured));
  return reached.reduce((best, band) => Points.max(best, band.points), Points.ZERO);
}

export function validateBandScore(method: BandsMethod, points: Points): Result<Points> {
  if (points.isZero() || method.bands.some((band) => band.points.equals(points))) return ok(points);
  const allowed = ['0.00', ...method.bands.map((band) => band.points.toString())].join(', ');
  return fail(new DomainError('SCORE_NOT_A_BAND', `points ${points} match no band (allowed: ${allowed})`, { field: 'points', value: points.toString() }));
}
