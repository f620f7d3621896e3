import { hundredthsOf, pointsOf, sumPoints } from './points';
import type { Adjustment, AppraisalLeaf, AppraisalSheet, AuditEntry } from './self-assessment.api';

/** A leaf the appraisal changed: the unit's value, the appraised one, the appraiser's reason, and what came after. */
export interface ChangedLeaf {
  criterion: string;
  title: string;
  maxPoints: string;
  selfPoints: string | null;
  /** The appraisal's value; null: judged not applicable. */
  appraisedPoints: string | null;
  /** The value now (after the council, if it changed it); null: not applicable. */
  currentPoints: string | null;
  reason: string | null;
  explanation: AppraisalLeaf['explanation'];
  /** The council's resolution of the unit's explanation, once there is one. */
  council: { decision: string | null; points: string | null; reason: string | null } | null;
}

export interface AppraisalOutcome {
  changed: ChangedLeaf[];
  bonuses: Adjustment[];
  deductions: Adjustment[];
  selfTotal: string;
  /** Σ points of applicable leaves + bonus − deductions (INTERCHANGE.md's appraisedTotal). */
  appraisedTotal: string;
  applicableMax: string;
}

/**
 * What the unit reads once the result is sent: every leaf whose value differs from its own (a changed value, or
 * not applicable), with the reason the trail gives for the appraisal's last value (and the council's, later).
 */
export function appraisalOutcome(sheet: AppraisalSheet, trail: readonly AuditEntry[]): AppraisalOutcome {
  const applicable = sheet.leaves.filter((leaf) => leaf.applicable);
  const adjustments = sheet.adjustments.filter((adjustment) => !adjustment.removed);
  const bonuses = adjustments.filter((adjustment) => adjustment.kind === 'bonus');
  const deductions = adjustments.filter((adjustment) => adjustment.kind === 'deduction');
  const achieved = hundredthsOf(sumPoints([...applicable.map((leaf) => leaf.points), ...bonuses.map((bonus) => bonus.points)])) ?? 0;
  const lost = hundredthsOf(sumPoints(deductions.map((deduction) => deduction.points))) ?? 0;
  return {
    changed: sheet.leaves.filter(isChanged).map((leaf) => changedLeaf(leaf, trail)),
    bonuses,
    deductions,
    selfTotal: sumPoints(sheet.leaves.map((leaf) => leaf.selfPoints)),
    appraisedTotal: pointsOf(achieved - lost),
    applicableMax: sumPoints(applicable.map((leaf) => leaf.maxPoints)),
  };
}

/**
 * Changed by the appraisal: not applicable where the set had it applicable, or another value than the unit's
 * (unscored: 0); or explained, which only an adjusted leaf can be (it stays listed once the council restores it).
 */
export function isChanged(leaf: AppraisalLeaf): boolean {
  if (leaf.notApplicableBySetup) return false;
  if (leaf.explanation !== 'none') return true;
  if (!leaf.applicable) return true;
  return (hundredthsOf(leaf.points) ?? 0) !== (hundredthsOf(leaf.selfPoints) ?? 0);
}

function changedLeaf(leaf: AppraisalLeaf, trail: readonly AuditEntry[]): ChangedLeaf {
  const ofLeaf = trail.filter((entry) => entry.subject === 'leaf' && entry.criterion === leaf.criterion);
  const appraised = ofLeaf.filter((entry) => entry.stage === 'appraisal').at(-1);
  const council = ofLeaf.filter((entry) => entry.stage === 'council').at(-1);
  return {
    criterion: leaf.criterion,
    title: leaf.title,
    maxPoints: leaf.maxPoints,
    selfPoints: leaf.selfPoints,
    appraisedPoints: appraised ? appraised.toPoints : leaf.points,
    currentPoints: leaf.points,
    reason: appraised?.reason ?? null,
    explanation: leaf.explanation,
    council: council ? { decision: council.decision, points: council.toPoints, reason: council.reason } : null,
  };
}
