import { sumPoints } from './points';
import type { CriterionNode, CycleWithCriteria, ScoringMethod, SelfAssessmentSheet, SheetLeaf } from './self-assessment.api';

/** A leaf as the sheet shows it: the unit's score beside the method that bounds it. */
export interface Leaf extends SheetLeaf {
  /** Absent only if the set and the sheet disagree (a correction not yet read): the input then takes any decimal. */
  method: ScoringMethod | null;
  /** The unit scores it: applicable, and not held for the year-end survey. */
  scorable: boolean;
}

/** A field (lĩnh vực) with its leaves, in the set's order, and its running totals. */
export interface Field {
  code: string;
  title: string;
  leaves: Leaf[];
  /** Σ self points of its leaves. */
  selfTotal: string;
  /** Σ max of its applicable leaves. */
  applicableMax: string;
}

export interface Sheet {
  fields: Field[];
  selfTotal: string;
  applicableMax: string;
  scored: number;
  scorable: number;
}

/** The criteria set of the unit's group, as the cycle overview lists it; null when the unit is not in the cycle. */
export function criteriaOfUnit(cycle: CycleWithCriteria, unitId: string): CriterionNode[] | null {
  const unit = cycle.units.find((candidate) => candidate.unitId === unitId);
  const group = unit && cycle.groups.find((candidate) => candidate.groupId === unit.groupId);
  const set = group && cycle.criteriaSets.find((candidate) => candidate.criteriaSetId === group.criteriaSetId);
  return set ? set.criteria : null;
}

/**
 * The unit's sheet as fields → leaves: the tree of its criteria set (order, fields, methods) filled with the
 * self-assessment's leaves (scores, evidence, applicability). Deeper criteria (7.2 → 7.2.2) list their leaves under the field.
 */
export function sheetOf(criteria: readonly CriterionNode[], sheet: SelfAssessmentSheet): Sheet {
  const scores = new Map(sheet.leaves.map((leaf) => [leaf.criterion, leaf]));
  const fields = criteria.map((field): Field => {
    const leaves = leavesUnder(field).map((node) => leafOf(node, scores.get(node.code)));
    return {
      code: field.code,
      title: field.title,
      leaves,
      selfTotal: sumPoints(leaves.map((leaf) => leaf.points)),
      applicableMax: sumPoints(leaves.filter((leaf) => leaf.applicable).map((leaf) => leaf.maxPoints)),
    };
  });
  const leaves = fields.flatMap((field) => field.leaves);
  return {
    fields,
    selfTotal: sumPoints(fields.map((field) => field.selfTotal)),
    applicableMax: sumPoints(fields.map((field) => field.applicableMax)),
    scored: leaves.filter((leaf) => leaf.scorable && leaf.points !== null).length,
    scorable: leaves.filter((leaf) => leaf.scorable).length,
  };
}

function leavesUnder(node: CriterionNode): CriterionNode[] {
  return node.children && node.children.length > 0 ? node.children.flatMap(leavesUnder) : [node];
}

function leafOf(node: CriterionNode, scored: SheetLeaf | undefined): Leaf {
  const leaf: SheetLeaf = scored ?? {
    criterion: node.code,
    title: node.title,
    maxPoints: node.maxPoints ?? '0.00',
    source: node.source ?? 'self',
    applicable: true,
    points: null,
    evidence: [],
    note: null,
  };
  return { ...leaf, method: node.method ?? null, scorable: leaf.applicable && leaf.source !== 'survey' };
}
