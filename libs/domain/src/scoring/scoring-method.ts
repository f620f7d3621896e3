import { DomainError, quote } from '../domain-error';
import { Points, PointsInput } from '../points';
import { invalid, ok, Validation } from '../result';
import { AllOrNothingMethod } from './all-or-nothing-scoring';
import { BandsMethod, parseBandsMethod } from './band-scoring';
import { DeductionMethod, parseDeductionMethod } from './deduction-scoring';
import { ManualMethod, parseManualMethod } from './manual-scoring';

/** How a leaf turns evidence into points; the four kinds seen in provincial criteria sets. */
export type ScoringMethod = ManualMethod | BandsMethod | AllOrNothingMethod | DeductionMethod;
export type ScoringMethodKind = ScoringMethod['kind'];

/** A method as written in the interchange file. */
export type ScoringMethodInput =
  | { readonly kind: 'manual'; readonly step: PointsInput }
  | { readonly kind: 'bands'; readonly bands: readonly { readonly minRatio: number | string; readonly points: PointsInput }[] }
  | { readonly kind: 'allOrNothing' }
  | { readonly kind: 'deduction'; readonly perOccurrence: PointsInput; readonly cap?: PointsInput };

/**
 * Reads a method and checks its parameters against the leaf's max. `max` is undefined when the leaf's
 * own max is broken: the parameters are then checked on their own, so every problem still surfaces.
 */
export function parseScoringMethod(input: unknown, max: Points | undefined, field: string): Validation<ScoringMethod> {
  const method = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  switch (method['kind']) {
    case 'manual':
      return parseManualMethod(method, max, field);
    case 'bands':
      return parseBandsMethod(method, max, field);
    case 'allOrNothing':
      return ok({ kind: 'allOrNothing' });
    case 'deduction':
      return parseDeductionMethod(method, max, field);
    default:
      return invalid([
        new DomainError('METHOD_KIND_UNKNOWN', `${field}.kind ${quote(method['kind'])} is not one of manual, bands, allOrNothing, deduction`, {
          field: `${field}.kind`,
          value: method['kind'],
        }),
      ]);
  }
}
