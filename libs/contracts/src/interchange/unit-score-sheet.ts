import { AppraisedScore, CriteriaTree, Points, UnitScoreSheet } from '@par/domain';
import { AppraisalEntry, SelfAssessmentEntry } from './cycle-file';

/**
 * A unit's entries of the file as the domain's score sheet. The final value of a leaf is the council's
 * `changed` decision if any, else the appraised points or `applicable: false`, else (not mentioned) the
 * self score, which the domain applies; a leaf nobody scored counts 0 of its max.
 */
export function unitScoreSheet(tree: CriteriaTree, self: SelfAssessmentEntry | undefined, appraisal: AppraisalEntry | undefined): UnitScoreSheet {
  const finalByCriterion = new Map<string, AppraisedScore>();
  for (const score of appraisal?.scores ?? []) {
    const appraised: AppraisedScore =
      score.applicable === false ? { criterion: score.criterion, applicable: false } : { criterion: score.criterion, points: Points.of(score.points ?? 0) };
    finalByCriterion.set(score.criterion, appraised);
  }
  for (const explanation of appraisal?.explanations ?? []) {
    if (explanation.decision === 'changed' && explanation.points !== undefined) {
      finalByCriterion.set(explanation.criterion, { criterion: explanation.criterion, points: Points.of(explanation.points) });
    }
  }
  return {
    leaves: tree.leaves(),
    selfScores: (self?.scores ?? []).map((score) => ({ criterion: score.criterion, points: Points.of(score.points) })),
    appraisal: [...finalByCriterion.values()],
    bonus: (appraisal?.bonus ?? []).map((entry) => Points.of(entry.points)),
    deductions: (appraisal?.deductions ?? []).map((entry) => Points.of(entry.points)),
  };
}
