import { CriteriaTree, DomainError, parseCriteriaTree, parseThresholds } from '@par/domain';
import { CycleFile, GroupEntry, UnitEntry } from './cycle-file';
import { elementPath, fieldPath } from './field-paths';
import { InterchangeError } from './interchange-error';
import { ShapedFile } from './read-shape';
import { checkUnitHierarchy } from './check-unit-hierarchy';
import type { ScoredOn } from './check-leaf-score';

/** What the score checks need to know about the cycle's setup. */
export interface CycleSetup {
  /** Whether the file declares the unit (even an ill-shaped one). */
  hasUnit(unit: string): boolean;
  /** The criteria tree the unit is scored on; undefined when its group or set is unknown or broken. */
  treeOf(unit: string): ScoredOn | undefined;
}

/**
 * The cycle's setup: thresholds (the cycle's and each group's own), unique ids, criteria trees, and the
 * references group → criteria set, unit → group, unit → parent.
 */
export function checkSetup(shaped: ShapedFile, errors: InterchangeError[]): CycleSetup {
  const { file, keys } = shaped;
  if (shaped.cycleShaped) checkThresholds(file.cycle.thresholds, 'cycle.thresholds', errors);
  reportDuplicateKeys('criteriaSets', 'criteria set', keys.criteriaSets, errors);
  reportDuplicateKeys('groups', 'group', keys.groups, errors);
  reportDuplicateKeys('units', 'unit', keys.units, errors);
  const trees = parseTrees(file, errors);
  const declaredUnits = new Set(keys.units);
  checkGroups(file.groups, new Set(keys.criteriaSets), errors);
  checkUnits(file.units, new Set(keys.groups), errors);
  checkUnitHierarchy(file.units, declaredUnits, errors);

  const units = firstById(file.units);
  const groups = firstById(file.groups);
  return {
    hasUnit: (unit) => declaredUnits.has(unit),
    treeOf: (unit) => {
      const setId = groups.get(units.get(unit)?.group ?? '')?.criteriaSet;
      const tree = setId === undefined ? undefined : trees.get(setId);
      return setId !== undefined && tree !== undefined ? { setId, tree } : undefined;
    },
  };
}

function checkThresholds(thresholds: CycleFile['cycle']['thresholds'], field: string, errors: InterchangeError[]): void {
  const parsed = parseThresholds(thresholds, field);
  if (!parsed.ok) errors.push(...parsed.errors.map((error) => InterchangeError.fromDomain(error, error.field)));
}

/** Trees by set id; a set with problems has no tree, so scores on it are not judged against a broken set. */
function parseTrees(file: CycleFile, errors: InterchangeError[]): Map<string, CriteriaTree> {
  const trees = new Map<string, CriteriaTree>();
  file.criteriaSets.forEach((set, position) => {
    const parsed = parseCriteriaTree(set.criteria);
    if (!parsed.ok) {
      const at = elementPath('', 'criteriaSets', set, position);
      errors.push(...parsed.errors.map((error: DomainError) => InterchangeError.fromDomain(error, fieldPath(at, error.field))));
    } else if (!trees.has(set.id)) {
      trees.set(set.id, parsed.value);
    }
  });
  return trees;
}

function checkGroups(groups: readonly GroupEntry[], setIds: ReadonlySet<string | undefined>, errors: InterchangeError[]): void {
  groups.forEach((group, position) => {
    const at = elementPath('', 'groups', group, position);
    if (!setIds.has(group.criteriaSet)) {
      errors.push(
        new InterchangeError('CRITERIA_SET_UNKNOWN', `criteria set ${JSON.stringify(group.criteriaSet)} is not in criteriaSets`, {
          field: `${at}.criteriaSet`,
          value: group.criteriaSet,
        }),
      );
    }
    if (group.thresholds) checkThresholds(group.thresholds, `${at}.thresholds`, errors);
  });
}

function checkUnits(units: readonly UnitEntry[], groupIds: ReadonlySet<string | undefined>, errors: InterchangeError[]): void {
  units.forEach((unit, position) => {
    if (groupIds.has(unit.group)) return;
    errors.push(
      new InterchangeError('GROUP_UNKNOWN', `group ${JSON.stringify(unit.group)} is not in groups`, {
        field: `${elementPath('', 'units', unit, position)}.group`,
        value: unit.group,
        unit: unit.id,
      }),
    );
  });
}

function reportDuplicateKeys(list: string, noun: string, keys: readonly (string | undefined)[], errors: InterchangeError[]): void {
  const seen = new Set<string>();
  keys.forEach((key) => {
    if (key === undefined) return;
    if (seen.has(key)) {
      errors.push(
        new InterchangeError('ID_DUPLICATE', `id ${JSON.stringify(key)} is used by more than one ${noun}`, {
          field: `${list}[id=${key}].id`,
          value: key,
          ...(list === 'units' ? { unit: key } : {}),
        }),
      );
    }
    seen.add(key);
  });
}

function firstById<T extends { readonly id: string }>(entries: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}
