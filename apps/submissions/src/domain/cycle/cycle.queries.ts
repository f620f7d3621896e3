import type { CriterionLeaf } from '@par/domain';
import { CycleErrors } from './cycle.errors';
import type { CriteriaSetVersion, CycleState, CycleUnit } from './cycle.state';

/** The current version of the set the unit's group is scored on. */
export function criteriaSetOfUnit(state: CycleState, unitId: string): CriteriaSetVersion {
  const unit = state.units.get(unitId);
  if (!unit) throw CycleErrors.unitUnknown(unitId);
  const group = state.groups.get(unit.groupId)!;
  const set = state.criteriaSets.get(group.criteriaSetId);
  if (!set) throw CycleErrors.setUnknown(group.criteriaSetId, 'criterion', ` of group "${group.groupId}"`);
  return set;
}

export function isApplicable(state: CycleState, unitId: string, criterion: string): boolean {
  return state.applicability.get(unitId)?.get(criterion)?.applicable ?? true;
}

/** The unit's leaves at the set's current version, in set order. */
export function leavesOfUnit(state: CycleState, unitId: string): readonly CriterionLeaf[] {
  return criteriaSetOfUnit(state, unitId).tree.leaves();
}

/** Leaves of the unit's set declared not applicable to it, in set order (decisions on leaves a correction removed drop out). */
export function notApplicableFor(state: CycleState, unitId: string): string[] {
  return leavesOfUnit(state, unitId)
    .filter((leaf) => !isApplicable(state, unitId, leaf.code))
    .map((leaf) => leaf.code);
}

/** The name a unit bore on a date (YYYY-MM-DD), e.g. for a decision published then; the first name before any rename. */
export function unitNameOn(unit: CycleUnit, date: string): string {
  const inForce = unit.names.filter((entry) => entry.validFrom === null || entry.validFrom <= date);
  return (inForce[inForce.length - 1] ?? unit.names[0]).name;
}
