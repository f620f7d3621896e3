import { CriteriaTree, CriterionLeaf, CriterionNode, isLeaf } from '../criteria/criteria-tree';
import { Points } from '../points';
import { ok, Validation } from '../result';
import { computeIndex, IndexValue } from './par-index';
import { computeTotals, UnitScoreSheet } from './totals';

/** A unit's component index of one field (lĩnh vực), as provinces publish them ("legal documents 47 %"). */
export interface FieldIndex {
  /** The field's code, a top-level node of the criteria set ("2"). */
  readonly field: string;
  readonly title: string;
  /** Σ final points over the field's applicable leaves; bonus and deductions belong to no field. */
  readonly achieved: Points;
  /** Σ max over the field's applicable leaves. */
  readonly applicableMax: Points;
  /** achieved / applicableMax × 100, half-up to 2 places; null when nothing of the field is applicable. */
  readonly index: IndexValue | null;
}

/** A unit's sheet without its leaves: the tree gives them, field by field. */
export type FieldScoreSheet = Omit<UnitScoreSheet, 'leaves'>;

/**
 * Every field's component index, in the set's order, with the very rules of computeTotals applied to the
 * field's own leaves (so the fields' achieved points plus bonus minus deductions give the unit's appraised
 * total). The whole sheet is checked first: the same problems as computeTotals, never a partial answer.
 */
export function computeFieldIndices(tree: CriteriaTree, sheet: FieldScoreSheet): Validation<FieldIndex[]> {
  const whole = computeTotals({ ...sheet, leaves: tree.leaves() });
  if (!whole.ok) return whole;
  return ok(tree.criteria.map((field) => fieldIndex(field, sheet)));
}

function fieldIndex(field: CriterionNode, sheet: FieldScoreSheet): FieldIndex {
  const leaves = leavesOf(field);
  const codes = new Set(leaves.map((leaf) => leaf.code));
  const inField = <S extends { readonly criterion: string }>(scores: readonly S[] = []) => scores.filter((score) => codes.has(score.criterion));
  // Checked as a whole above: a field's part of a valid sheet is valid.
  const totals = computeTotals({
    leaves,
    selfScores: inField(sheet.selfScores),
    appraisal: inField(sheet.appraisal),
    notApplicable: (sheet.notApplicable ?? []).filter((code) => codes.has(code)),
  });
  if (!totals.ok) throw totals.errors[0];
  const { appraisedTotal: achieved, applicableMax } = totals.value;
  return { field: field.code, title: field.title, achieved, applicableMax, index: computeIndex(achieved, applicableMax) };
}

function leavesOf(node: CriterionNode): CriterionLeaf[] {
  return isLeaf(node) ? [node] : node.children.flatMap(leavesOf);
}
