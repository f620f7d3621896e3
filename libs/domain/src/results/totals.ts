import { CriterionLeaf } from '../criteria/criteria-tree';
import { DomainError, quote } from '../domain-error';
import { Points } from '../points';
import { invalid, ok, Validation } from '../result';
import { validateLeafScore } from '../scoring/leaf-score';

/** The unit's own score for a leaf. */
export interface SelfScore {
  readonly criterion: string;
  readonly points: Points;
}

/**
 * The final appraisal of a leaf, after explanations and the council: points, or "not applicable to
 * this unit" (which takes the leaf out of both the achieved points and the max).
 */
export type AppraisedScore =
  { readonly criterion: string; readonly points: Points; readonly applicable?: true } | { readonly criterion: string; readonly applicable: false };

/** Everything that decides one unit's totals. */
export interface UnitScoreSheet {
  /** Leaves of the unit's criteria set. */
  readonly leaves: readonly CriterionLeaf[];
  readonly selfScores: readonly SelfScore[];
  /** Leaves not mentioned keep their self score (accepted as is). */
  readonly appraisal?: readonly AppraisedScore[];
  /** Leaves set up as not applicable to the unit before the cycle (a department without PPP projects). */
  readonly notApplicable?: readonly string[];
  /** Bonus amounts (điểm thưởng), each ≥ 0. */
  readonly bonus?: readonly Points[];
  /** Deduction amounts (điểm trừ), each ≥ 0 and subtracted. */
  readonly deductions?: readonly Points[];
}

export interface UnitTotals {
  /** Σ self points over every leaf the unit scored. */
  readonly selfTotal: Points;
  /** Σ final points over applicable leaves + Σ bonus − Σ deductions. */
  readonly appraisedTotal: Points;
  /** Σ max over applicable leaves; bonus max is never part of it. */
  readonly applicableMax: Points;
}

/**
 * The three totals of INTERCHANGE.md, or every problem in the sheet: a score for an unknown leaf,
 * the same leaf scored twice, a value the leaf does not allow, a negative bonus or deduction.
 */
export function computeTotals(sheet: UnitScoreSheet): Validation<UnitTotals> {
  const leavesByCode = new Map(sheet.leaves.map((leaf) => [leaf.code, leaf]));
  const errors: DomainError[] = [];
  const selfByCode = indexScores('selfScores', sheet.selfScores, leavesByCode, errors);
  const appraisedByCode = indexScores('appraisal', sheet.appraisal ?? [], leavesByCode, errors);
  const notApplicable = new Set(sheet.notApplicable ?? []);
  for (const code of notApplicable) {
    if (!leavesByCode.has(code)) errors.push(unknownCriterion('notApplicable', code));
  }
  checkNonNegative('bonus', sheet.bonus ?? [], errors);
  checkNonNegative('deductions', sheet.deductions ?? [], errors);
  if (errors.length > 0) return invalid(errors);

  const applicableLeaves = sheet.leaves.filter((leaf) => !notApplicable.has(leaf.code) && appraisedByCode.get(leaf.code)?.applicable !== false);
  const finalPoints = applicableLeaves.map((leaf) => {
    const appraised = appraisedByCode.get(leaf.code);
    if (appraised && appraised.applicable !== false) return appraised.points;
    return selfByCode.get(leaf.code)?.points ?? Points.ZERO;
  });
  return ok({
    selfTotal: Points.sum(sheet.selfScores.map((score) => score.points)),
    appraisedTotal: Points.sum(finalPoints)
      .plus(Points.sum(sheet.bonus ?? []))
      .minus(Points.sum(sheet.deductions ?? [])),
    applicableMax: Points.sum(applicableLeaves.map((leaf) => leaf.maxPoints)),
  });
}

function indexScores<S extends SelfScore | AppraisedScore>(
  list: string,
  scores: readonly S[],
  leavesByCode: ReadonlyMap<string, CriterionLeaf>,
  errors: DomainError[],
): Map<string, S> {
  const byCode = new Map<string, S>();
  for (const score of scores) {
    const leaf = leavesByCode.get(score.criterion);
    if (!leaf) {
      errors.push(unknownCriterion(list, score.criterion));
      continue;
    }
    if (byCode.has(score.criterion)) {
      errors.push(
        new DomainError('SCORE_DUPLICATE', `Criterion ${score.criterion}: scored more than once in ${list}`, {
          field: `${list}[${score.criterion}]`,
          value: score.criterion,
          criterion: score.criterion,
        }),
      );
      continue;
    }
    byCode.set(score.criterion, score);
    if ('points' in score) {
      const allowed = validateLeafScore(leaf, score.points);
      if (!allowed.ok) errors.push(allowed.error.under(`${list}[${score.criterion}]`));
    }
  }
  return byCode;
}

function unknownCriterion(list: string, code: string): DomainError {
  return new DomainError('CRITERION_UNKNOWN', `${list} names criterion ${quote(code)}, which is not a leaf of the unit's criteria set`, {
    field: `${list}[${code}]`,
    value: code,
    criterion: code,
  });
}

function checkNonNegative(list: 'bonus' | 'deductions', amounts: readonly Points[], errors: DomainError[]): void {
  amounts.forEach((amount, position) => {
    if (amount.isNegative()) {
      errors.push(
        new DomainError('POINTS_NEGATIVE', `${list}[${position}] ${amount} must not be negative`, { field: `${list}[${position}]`, value: amount.toString() }),
      );
    }
  });
}
