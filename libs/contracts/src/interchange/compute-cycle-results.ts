import { computeFieldIndices, computeUnitResult, CriteriaTree, parseCriteriaTree, parseThresholds, unwrap } from '@par/domain';
import { CycleFile } from './cycle-file';
import { GroupResults, rankedGroupResults, ResultsDocument } from './results-document';
import { unitScoreSheet } from './unit-score-sheet';
import { surveyValuesInForce } from './survey-values-in-force';

/**
 * The reference results of a cycle file, computed straight from it with libs/domain: every unit of every
 * group, ranked within its group on the group's thresholds (else the cycle's), each survey-held leaf with
 * the survey value in force where the file's surveys give one (v1.1). Groups are listed by id
 * (code-unit order) so the document does not depend on the order a file or a database lists them in.
 * Each row carries its fields' component indices (v1.1).
 * Expects a file `parseCycleFile` accepted; anything else throws the domain's error.
 */
export function computeCycleResults(file: CycleFile): ResultsDocument {
  const cycleScale = unwrap(parseThresholds(file.cycle.thresholds, 'cycle.thresholds'));
  const trees = new Map<string, CriteriaTree>();
  for (const set of file.criteriaSets) trees.set(set.id, unwrap(parseCriteriaTree(set.criteria)));
  const selfByUnit = new Map((file.selfAssessments ?? []).map((entry) => [entry.unit, entry]));
  const appraisalByUnit = new Map((file.appraisals ?? []).map((entry) => [entry.unit, entry]));
  const surveyByUnit = surveyValuesInForce(file.surveys ?? []);

  const groups = [...file.groups].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    cycle: file.cycle.id,
    groups: groups.map((group): GroupResults => {
      const scale = group.thresholds ? unwrap(parseThresholds(group.thresholds, 'thresholds')) : cycleScale;
      const tree = trees.get(group.criteriaSet);
      if (!tree) throw new Error(`group "${group.id}" names criteria set "${group.criteriaSet}", which the file does not have`);
      const computed = file.units
        .filter((unit) => unit.group === group.id)
        .map((unit) => {
          const sheet = unitScoreSheet(tree, selfByUnit.get(unit.id), appraisalByUnit.get(unit.id), surveyByUnit.get(unit.id));
          return { unitId: unit.id, name: unit.name, ...unwrap(computeUnitResult(sheet, scale)), fields: unwrap(computeFieldIndices(tree, sheet)) };
        });
      return rankedGroupResults(group.id, computed);
    }),
  };
}
