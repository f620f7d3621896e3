import { AppraisedScore, CriterionLeaf, Points, SelfScore, UnitScoreSheet } from '@par/domain';
import { requireStarted } from './appraisal.guards';
import { Adjustment, AppraisalState } from './appraisal.state';
import { LeafValue } from './leaf-value';

export interface FinalLeafValue {
  readonly criterion: string;
  /** null: not applicable to the unit (by setup or by the appraisal). */
  readonly points: LeafValue;
}

/** A unit's values as libs/domain's computeTotals takes them, plus the per-leaf list and adjustments with reasons. */
export interface FinalValues extends UnitScoreSheet {
  readonly leaves: readonly CriterionLeaf[];
  readonly selfScores: readonly SelfScore[];
  /** Every leaf outside the setup's not-applicable list, explicitly: points or `applicable: false`. */
  readonly appraisal: readonly AppraisedScore[];
  readonly notApplicable: readonly string[];
  readonly bonus: readonly Points[];
  readonly deductions: readonly Points[];
  /** Every leaf in the set's order. */
  readonly values: readonly FinalLeafValue[];
  /** Bonus and deductions in force (removed ones left out), with their reasons. */
  readonly adjustments: readonly Adjustment[];
}

/**
 * The values as they stand: final once the appraisal is finalized (corrections included), provisional
 * before. `computeTotals(finalValues(state))` gives the unit's totals.
 */
export function finalValues(state: AppraisalState): FinalValues {
  const appraisal = requireStarted(state);
  const leaves = [...appraisal.leaves.values()];
  const inForce = appraisal.adjustments.filter((adjustment) => !adjustment.removed);
  return {
    leaves: leaves.map((leaf) => leaf.leaf),
    selfScores: leaves.flatMap((leaf) => (leaf.self ? [{ criterion: leaf.leaf.code, points: leaf.self }] : [])),
    appraisal: leaves
      .filter((leaf) => !leaf.notApplicableBySetup)
      .map((leaf): AppraisedScore =>
        leaf.value === null ? { criterion: leaf.leaf.code, applicable: false } : { criterion: leaf.leaf.code, points: leaf.value },
      ),
    notApplicable: leaves.filter((leaf) => leaf.notApplicableBySetup).map((leaf) => leaf.leaf.code),
    bonus: inForce.filter((adjustment) => adjustment.kind === 'bonus').map((adjustment) => adjustment.points),
    deductions: inForce.filter((adjustment) => adjustment.kind === 'deduction').map((adjustment) => adjustment.points),
    values: leaves.map((leaf) => ({ criterion: leaf.leaf.code, points: leaf.value })),
    adjustments: inForce,
  };
}
