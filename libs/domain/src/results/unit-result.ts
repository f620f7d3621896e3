import { Validation, ok } from '../result';
import { Classification, ClassificationScale, classify } from './classification';
import { computeIndex, IndexValue } from './par-index';
import { computeTotals, UnitScoreSheet, UnitTotals } from './totals';

/** One row of the results table before ranking. */
export interface UnitResult extends UnitTotals {
  /** null when nothing is applicable to the unit. */
  readonly index: IndexValue | null;
  /** null when there is no index or it falls below every threshold. */
  readonly classification: Classification | null;
}

/** Totals, index and class of one unit, on the scale of its group. */
export function computeUnitResult(sheet: UnitScoreSheet, scale: ClassificationScale): Validation<UnitResult> {
  const totals = computeTotals(sheet);
  if (!totals.ok) return totals;
  const index = computeIndex(totals.value.appraisedTotal, totals.value.applicableMax);
  return ok({ ...totals.value, index, classification: classify(index, scale) });
}
