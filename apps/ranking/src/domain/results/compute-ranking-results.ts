import { rankedGroupResults, type GroupResults, type ResultsDocument } from '@par/contracts';
import {
  AppraisedScore,
  computeFieldIndices,
  computeUnitResult,
  parseCriteriaTree,
  parseThresholds,
  Points,
  scaleForGroup,
  unwrap,
  UnitScoreSheet,
} from '@par/domain';
import type { CriterionLeaf } from '@par/domain';
import { CycleResultsInput, UnitInput } from './results-input';

/**
 * The results of a cycle from its read-model data, with libs/domain: every unit of every group ranked
 * within its group on the group's thresholds, else the cycle's. Groups by id, rows by rank then unit id,
 * as the reference computation over an interchange file lists them, each row with its fields' component
 * indices. Pure: the CLI reuses it.
 */
export function computeRankingResults(input: CycleResultsInput): ResultsDocument {
  const cycleScale = unwrap(parseThresholds(input.thresholds, 'cycle.thresholds'));
  const groups = [...input.groups].sort((a, b) => byCodeUnit(a.groupId, b.groupId));
  return {
    cycle: input.cycleId,
    groups: groups.map((group): GroupResults => {
      const scale = scaleForGroup(cycleScale, group.thresholds ? unwrap(parseThresholds(group.thresholds, 'thresholds')) : null);
      const tree = unwrap(parseCriteriaTree(group.criteria));
      const computed = input.units
        .filter((unit) => unit.groupId === group.groupId)
        .map((unit) => {
          const sheet = scoreSheet(tree.leaves(), unit);
          return { unitId: unit.unitId, name: unit.name, ...unwrap(computeUnitResult(sheet, scale)), fields: unwrap(computeFieldIndices(tree, sheet)) };
        });
      return rankedGroupResults(group.groupId, computed);
    }),
  };
}

/**
 * One unit's sheet. Values of leaves no longer in the set (a corrected set dropped them) are left out:
 * they no longer count, and the domain would refuse them as unknown criteria. A leaf set up as not
 * applicable to the unit stays out even with a survey value (computeTotals leaves it out of the max).
 */
function scoreSheet(leaves: readonly CriterionLeaf[], unit: UnitInput): UnitScoreSheet {
  const known = new Set(leaves.map((leaf) => leaf.code));
  const fromSurvey = new Map((unit.surveyValues ?? []).filter((value) => known.has(value.criterion)).map((value) => [value.criterion, value.points]));
  const appraisal = [
    ...unit.finalValues
      .filter((value) => known.has(value.criterion) && !fromSurvey.has(value.criterion))
      .map((value): AppraisedScore =>
        value.points === null ? { criterion: value.criterion, applicable: false } : { criterion: value.criterion, points: Points.of(value.points) },
      ),
    // A survey-held leaf's points come from the survey, over any value the appraisal gave it.
    ...[...fromSurvey].map(([criterion, points]): AppraisedScore => ({ criterion, points: Points.of(points) })),
  ];
  return {
    leaves,
    selfScores: unit.selfScores.filter((score) => known.has(score.criterion)).map((score) => ({ criterion: score.criterion, points: Points.of(score.points) })),
    appraisal,
    notApplicable: unit.notApplicable.filter((code) => known.has(code)),
    bonus: unit.bonus.map((amount) => Points.of(amount)),
    deductions: unit.deductions.map((amount) => Points.of(amount)),
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
