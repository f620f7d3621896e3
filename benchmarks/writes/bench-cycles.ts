import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { CriterionEntry, CycleFile, SelfAssessmentEntry, UnitEntry } from '@par/contracts';
import { ROOT } from './par-process';

/** Units are appraised in this cycle: every unit submitted its self-assessment, none was appraised yet. */
export const APPRAISAL_CYCLE = 'bench-writes-appraisal';
/** Units self-assess in this cycle: open, nothing scored yet. */
export const SELF_CYCLE = 'bench-writes-self';

const DEMO_FILE = join(ROOT, 'apps/cli/src/demo/demo-2025.json');

/** A leaf the bench writes to: a self-scored manual leaf, whose step gives it at least three values. */
export interface WritableLeaf {
  readonly code: string;
  readonly step: string;
  readonly maxPoints: string;
}

export interface BenchUnit {
  readonly id: string;
  readonly group: string;
  /** Its self value per leaf in the appraisal cycle (the appraised value starts there). */
  readonly selfPoints: ReadonlyMap<string, string>;
}

export interface BenchProvince {
  readonly units: readonly BenchUnit[];
  readonly leaves: ReadonlyMap<string, readonly WritableLeaf[]>;
  readonly appraisalFile: CycleFile;
  readonly selfFile: CycleFile;
}

/**
 * The demo province (28 units, two criteria sets of 44 and 49 leaves) copied `factor` times over: the
 * copies are new units of the same groups with the same self-assessments. Two cycles of it, one whose
 * appraisals are under way and one whose self-assessments are open, so both kinds of command can be sent.
 */
export function benchProvince(factor: number): BenchProvince {
  const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as CycleFile;
  const copyOf = (id: string, copy: number) => (copy === 0 ? id : `${id}-${copy + 1}`);
  const units: UnitEntry[] = [];
  const selfAssessments: SelfAssessmentEntry[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const unit of demo.units) units.push({ ...unit, id: copyOf(unit.id, copy), name: copy === 0 ? unit.name : `${unit.name} (${copy + 1})` });
    for (const entry of demo.selfAssessments ?? []) selfAssessments.push({ ...entry, unit: copyOf(entry.unit, copy) });
  }
  const setOfGroup = new Map(demo.groups.map((group) => [group.id, group.criteriaSet]));
  const leaves = new Map(demo.criteriaSets.map((set) => [set.id, writableLeaves(set.criteria)]));
  const leavesByGroup = new Map([...setOfGroup].map(([group, set]) => [group, leaves.get(set) ?? []]));
  const selfOf = new Map(selfAssessments.map((entry) => [entry.unit, new Map(entry.scores.map((score) => [score.criterion, String(score.points)]))]));
  const base = { format: demo.format, criteriaSets: demo.criteriaSets, groups: demo.groups, units };
  return {
    units: units.map((unit) => ({ id: unit.id, group: unit.group, selfPoints: selfOf.get(unit.id) ?? new Map() })),
    leaves: leavesByGroup,
    appraisalFile: { ...base, cycle: { ...demo.cycle, id: APPRAISAL_CYCLE, title: `${demo.cycle.title} (benchmark: thẩm định)` }, selfAssessments },
    selfFile: { ...base, cycle: { ...demo.cycle, id: SELF_CYCLE, title: `${demo.cycle.title} (benchmark: tự đánh giá)` } },
  };
}

function writableLeaves(criteria: readonly CriterionEntry[]): WritableLeaf[] {
  return criteria.flatMap((entry): WritableLeaf[] => {
    if (entry.children) return writableLeaves(entry.children);
    const method = entry.method as { kind: string; step?: string | number } | undefined;
    if (entry.source !== 'self' || method?.kind !== 'manual' || method.step === undefined || entry.maxPoints == null) return [];
    // Three values on the step (0, step, 2·step) let every command differ from the value before it.
    const enough = new Decimal(entry.maxPoints).gte(new Decimal(method.step).times(2));
    return enough ? [{ code: entry.code, step: String(method.step), maxPoints: String(entry.maxPoints) }] : [];
  });
}
