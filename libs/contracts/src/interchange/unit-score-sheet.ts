import { AppraisedScore, CriteriaTree, Points, UnitScoreSheet } from '@par/domain';
import { AppraisalEntry, SelfAssessmentEntry } from './cycle-file';
import type { SurveyValues } from './survey-values-in-force';

/**
 * A unit's entries of the file as the domain's score sheet. The final value of a leaf is its survey value
 * in force if any (v1.1, over whatever the appraisal or the council gave it, even `applicable: false`, as
 * the ranking service does), else the council's `changed` decision, else the appraised points or
 * `applicable: false`, else (not mentioned) the self score, which the domain applies; a leaf nobody scored
 * counts 0 of its max.
 */
export function unitScoreSheet(
  tree: CriteriaTree,
  self: SelfAssessmentEntry | undefined,
  appraisal: AppraisalEntry | undefined,
  surveyValues: SurveyValues = new Map(),
): UnitScoreSheet {
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
  for (const [criterion, points] of surveyValues) finalByCriterion.set(criterion, { criterion, points });
  return {
    leaves: tree.leaves(),
    selfScores: (self?.scores ?? []).map((score) => ({ criterion: score.criterion, points: Points.of(score.points) })),
    appraisal: [...finalByCriterion.values()],
    bonus: (appraisal?.bonus ?? []).map((entry) => Points.of(entry.points)),
    deductions: (appraisal?.deductions ?? []).map((entry) => Points.of(entry.points)),
  };
}
