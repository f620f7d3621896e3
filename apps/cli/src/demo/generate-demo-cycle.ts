import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriteriaTree, parseCriteriaTree, unwrap } from '@par/domain';
import { CYCLE_FILE_FORMAT, CycleFile, writeCycleFile } from '@par/contracts';
import { criteriaOfDepartments } from './criteria-departments';
import { criteriaOfDistricts } from './criteria-districts';
import { DemoNode, storiesByCode, toCriteria } from './demo-criteria';
import { appraisers, deliberateTies, demoCycle, demoGroups, demoUnits } from './demo-province';
import { seededRandom } from './seeded-random';
import { assessUnit } from './unit-assessment';
import { tieUp } from './deliberate-tie';
import { movePublishedSurveyResults } from './surveys/published-survey-results';

/**
 * The demo cycle `demo-2025` of the invented province of An Bình: 2 groups, 28 units, a criteria set per
 * group, self-assessments and final appraisals for every unit, and the results of its two surveys (SIPAS and the
 * sociological survey) as published. Deterministic: every unit draws from its
 * own seeded stream, so the checked-in `demo-2025.json` is exactly what this writes.
 *
 *   npx tsx apps/cli/src/demo/generate-demo-cycle.ts     (rewrites demo-2025.json)
 */
export function generateDemoCycle(): CycleFile {
  const sets: Record<string, readonly DemoNode[]> = { 'set-departments': criteriaOfDepartments, 'set-districts': criteriaOfDistricts };
  const trees = new Map(Object.entries(sets).map(([id, nodes]) => [id, unwrap(parseCriteriaTree(toCriteria(nodes)))]));
  const stories = new Map(Object.entries(sets).map(([id, nodes]) => [id, storiesByCode(nodes)]));
  const setOf = (unitGroup: string): string => demoGroups.find((group) => group.id === unitGroup)?.criteriaSet ?? '';
  const treeOf = (unit: string): CriteriaTree => trees.get(setOf(demoUnits.find((entry) => entry.id === unit)?.group ?? '')) as CriteriaTree;

  const assessed = demoUnits.map((unit, position) =>
    assessUnit({
      unit,
      tree: treeOf(unit.id),
      stories: stories.get(setOf(unit.group)) ?? new Map(),
      appraiser: appraisers[position % appraisers.length],
      random: seededRandom(`${demoCycle.id}/${unit.id}`),
    }),
  );
  const file: CycleFile = {
    format: CYCLE_FILE_FORMAT,
    cycle: demoCycle,
    criteriaSets: Object.entries(sets).map(([id, nodes]) => ({ id, criteria: toCriteria(nodes) })),
    groups: demoGroups,
    units: demoUnits.map((unit) => ({ id: unit.id, name: unit.name, group: unit.group, parent: null })),
    selfAssessments: assessed.map((entry) => entry.self),
    appraisals: assessed.map((entry) => entry.appraisal),
  };
  for (const [first, second] of deliberateTies) tieUp(file, first, second, treeOf);
  return movePublishedSurveyResults(file, treeOf);
}

export const DEMO_CYCLE_PATH = join(__dirname, 'demo-2025.json');

if (require.main === module) {
  writeFileSync(DEMO_CYCLE_PATH, writeCycleFile(generateDemoCycle()));
  process.stderr.write(`wrote ${DEMO_CYCLE_PATH}\n`);
}
