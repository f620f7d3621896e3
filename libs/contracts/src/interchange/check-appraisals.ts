import { CriterionLeaf, Points } from '@par/domain';
import { AppraisalEntry, AppraisalScoreEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError, InterchangeErrorCode } from './interchange-error';
import { CycleSetup } from './check-setup';
import { checkAssessedUnit, SelfPoints } from './check-assessments';
import { checkLeafPoints, isBlank, readPoints, ScorePlace, visitScores } from './check-leaf-score';
import { checkExplanations } from './check-explanations';
import { checkAdjustments } from './check-adjustments';

/** A leaf's appraised state: its points, or not applicable. */
export type AppraisedValue = { readonly applicable: true; readonly points: Points | undefined } | { readonly applicable: false };

/**
 * Each appraisal: a declared unit, once; each score on a leaf of the unit's set, once, with either points
 * the leaf allows or `applicable: false`; a reason wherever the value differs from the self score and for
 * every `applicable: false`; then its explanations, bonus and deductions.
 */
export function checkAppraisals(appraisals: readonly AppraisalEntry[], setup: CycleSetup, selfPoints: SelfPoints, errors: InterchangeError[]): void {
  const appraised = new Set<string>();
  appraisals.forEach((appraisal, position) => {
    const at = elementPath('', 'appraisals', appraisal, position);
    if (!checkAssessedUnit('appraisal', appraisal.unit, at, setup, appraised, errors)) return;
    appraised.add(appraisal.unit);
    const unitSelf = selfPoints.get(appraisal.unit) ?? new Map<string, Points>();
    const scoredOn = setup.treeOf(appraisal.unit);
    const values = new Map<string, AppraisedValue>();
    visitScores({ unit: appraisal.unit, at, kind: 'appraisal', scoredOn }, appraisal.scores, errors, (score, place, leaf) => {
      values.set(score.criterion, checkScore(score, leaf, unitSelf.get(score.criterion), place, errors));
    });
    checkExplanations(appraisal, at, { scoredOn, selfPoints: unitSelf, appraised: values }, errors);
    checkAdjustments(appraisal, at, errors);
  });
}

function checkScore(
  score: AppraisalScoreEntry,
  leaf: CriterionLeaf | undefined,
  self: Points | undefined,
  place: ScorePlace,
  errors: InterchangeError[],
): AppraisedValue {
  const error = (code: InterchangeErrorCode, problem: string, field: string, value: unknown) =>
    errors.push(new InterchangeError(code, problem, { field: `${place.at}.${field}`, value, unit: place.unit, criterion: place.criterion }));

  if (score.applicable === false) {
    if (score.points !== undefined) {
      error(
        'POINTS_ON_NOT_APPLICABLE',
        `a leaf marked not applicable takes no points; drop ${JSON.stringify(score.points)} or applicable: false`,
        'points',
        score.points,
      );
    }
    if (isBlank(score.reason)) error('REASON_REQUIRED', 'a reason is required for applicable: false', 'reason', score.reason);
    return { applicable: false };
  }
  if (score.points === undefined) {
    error('APPRAISAL_SCORE_EMPTY', 'an appraised score needs points, or applicable: false', 'points', score.points);
    return { applicable: true, points: undefined };
  }
  const points = leaf ? checkLeafPoints(leaf, score.points, place, 'points', errors) : readPoints(score.points);
  // A leaf the unit did not score counts 0 self points, so appraising it above 0 changes its value.
  const selfValue = self ?? Points.ZERO;
  if (points && !points.equals(selfValue) && isBlank(score.reason)) {
    const was = self ? `the self score ${self}` : 'no self score (0.00)';
    error('REASON_REQUIRED', `a reason is required: the appraised ${points} differs from ${was}`, 'reason', score.reason);
  }
  return { applicable: true, points };
}
