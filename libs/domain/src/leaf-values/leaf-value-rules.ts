import { Points } from '../points';

/**
 * How a leaf's value follows the unit's claims, written once for the appraisal aggregate and for every
 * projection of it (the appraisal sheet, ranking's results and audit).
 */

/** A leaf of a unit's sheet as these rules see it. */
export interface ClaimedLeaf {
  readonly code: string;
  /** Set up as not applicable to the unit: it has no value and no claim counts. */
  readonly notApplicableBySetup: boolean;
  /** The unit's self score; undefined when the unit did not score the leaf. */
  readonly self: Points | undefined;
}

/** A leaf the unit did not score counts 0.00. */
export function claimOf(self: Points | undefined): Points {
  return self ?? Points.ZERO;
}

/** The value a leaf's appraisal starts from: none when set up as not applicable, else the unit's claim. */
export function startingValue(leaf: Pick<ClaimedLeaf, 'notApplicableBySetup' | 'self'>): Points | null {
  return leaf.notApplicableBySetup ? null : claimOf(leaf.self);
}

/** A leaf a resubmission resets: its value falls back to the new claim and must be reviewed again. */
export interface ResetLeaf {
  readonly criterion: string;
  readonly claim: Points;
}

/**
 * A resubmission resets every applicable leaf whose claim changed (a leaf no longer scored now claims
 * 0.00): the appraiser's review of the old claim is void. Leaves whose claim stayed keep their value.
 */
export function leavesResetByResubmission(leaves: Iterable<ClaimedLeaf>, newSelfScores: ReadonlyMap<string, Points>): ResetLeaf[] {
  const reset: ResetLeaf[] = [];
  for (const leaf of leaves) {
    if (leaf.notApplicableBySetup) continue;
    const claim = claimOf(newSelfScores.get(leaf.code));
    if (!claimOf(leaf.self).equals(claim)) reset.push({ criterion: leaf.code, claim });
  }
  return reset;
}
