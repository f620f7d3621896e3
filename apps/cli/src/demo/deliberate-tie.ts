import { CriteriaTree, Points } from '@par/domain';
import { AppraisalEntry, computeCycleResults, CycleFile } from '@par/contracts';
import { reasons } from './reasons';

type MutableScores = { criterion: string; points?: string | number; reason?: string }[];

/**
 * Makes two units of a group share their index exactly, as published tables sometimes show two units
 * level: they have the same applicable max, and the difference of their appraised totals is absorbed by
 * their survey results (points to the hundredth), `second`'s first and then `first`'s, whose reasons are
 * rewritten to match.
 */
export function tieUp(file: CycleFile, first: string, second: string, treeOf: (unit: string) => CriteriaTree): void {
  const rows = computeCycleResults(file).groups.flatMap((group) => group.results);
  const [a, b] = [first, second].map((unit) => rows.find((row) => row.unit === unit));
  if (!a || !b || a.applicableMax !== b.applicableMax) throw new Error(`demo: ${first} and ${second} cannot tie (their applicable maxima differ)`);

  const difference = Points.of(a.appraisedTotal).minus(Points.of(b.appraisedTotal));
  const appraisalOf = (unit: string) => file.appraisals?.find((entry) => entry.unit === unit);
  const left = shiftSurveyPoints(appraisalOf(second), treeOf(second), difference);
  const unabsorbed = shiftSurveyPoints(appraisalOf(first), treeOf(first), Points.ZERO.minus(left));
  if (!unabsorbed.isZero()) throw new Error(`demo: the survey points of ${first} and ${second} cannot absorb ${difference}`);
}

/** Adds `amount` (or takes it, when negative) across the unit's survey leaves within [0, max]; returns what is left. */
function shiftSurveyPoints(appraisal: AppraisalEntry | undefined, tree: CriteriaTree, amount: Points): Points {
  let left = amount;
  for (const score of (appraisal?.scores ?? []) as MutableScores) {
    const leaf = tree.findLeaf(score.criterion);
    if (!leaf || leaf.source !== 'survey' || score.points === undefined || left.isZero()) continue;
    const wanted = Points.of(score.points).plus(left);
    const points = Points.min(leaf.maxPoints, Points.max(Points.ZERO, wanted));
    left = wanted.minus(points);
    score.points = points.toString();
    score.reason = reasons.survey(leaf, points);
  }
  return left;
}
