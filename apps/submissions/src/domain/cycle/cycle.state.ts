import type { CriteriaTree } from '@par/domain';
import type { CriterionNodeData } from '../contracts';
import { treeFromData } from '../shared/criteria-data';
import type { CycleStatus } from '../shared/cycle-status';
import type { CycleCreated, CycleEvent, DeadlinesSet, GroupDefined, UnitRegistered } from './cycle.events';

export interface CriteriaSetVersion {
  readonly criteriaSetId: string;
  /** 1 as defined; each correction after opening adds one. */
  readonly version: number;
  readonly criteria: readonly CriterionNodeData[];
  readonly tree: CriteriaTree;
}

export interface UnitName {
  readonly name: string;
  /** null: since the unit's beginning. */
  readonly validFrom: string | null;
}

export interface CycleUnit {
  readonly unitId: string;
  readonly groupId: string;
  readonly parentId: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** The current name. */
  readonly name: string;
  /** Every name in order, the current one last. */
  readonly names: readonly UnitName[];
  /** As registered, to recognise a repeated registration. */
  readonly registration: UnitRegistered['data'];
}

export interface LeafApplicability {
  readonly applicable: boolean;
  readonly reason: string;
}

export type Group = GroupDefined['data'];
export type Deadlines = Omit<DeadlinesSet['data'], 'cycleId'>;

/** What other deciders need of a cycle: its status, groups, sets (current version), units, applicability, deadlines. */
export interface CycleState {
  /** 'none' until the cycle is created. */
  readonly status: CycleStatus | 'none';
  readonly cycle: CycleCreated['data'] | null;
  readonly groups: ReadonlyMap<string, Group>;
  readonly criteriaSets: ReadonlyMap<string, CriteriaSetVersion>;
  readonly units: ReadonlyMap<string, CycleUnit>;
  /** unitId → criterion → the last decision; a leaf not listed is applicable. */
  readonly applicability: ReadonlyMap<string, ReadonlyMap<string, LeafApplicability>>;
  readonly deadlines: Deadlines | null;
}

/** A cycle that has been created: what every decision but CreateCycle works on. */
export type ExistingCycle = CycleState & { readonly status: CycleStatus; readonly cycle: CycleCreated['data'] };

export function isCreated(state: CycleState): state is ExistingCycle {
  return state.status !== 'none' && state.cycle !== null;
}

export function initialCycleState(): CycleState {
  return { status: 'none', cycle: null, groups: new Map(), criteriaSets: new Map(), units: new Map(), applicability: new Map(), deadlines: null };
}

export function evolveCycle(state: CycleState, event: CycleEvent): CycleState {
  switch (event.type) {
    case 'CycleCreated':
      return { ...state, status: 'setup', cycle: event.data };
    case 'GroupDefined':
      return { ...state, groups: withEntry(state.groups, event.data.groupId, event.data) };
    case 'CriteriaSetDefined':
      return { ...state, criteriaSets: withEntry(state.criteriaSets, event.data.criteriaSetId, setVersion(event.data.criteriaSetId, 1, event.data.criteria)) };
    case 'CriteriaSetCorrected':
      return {
        ...state,
        criteriaSets: withEntry(state.criteriaSets, event.data.criteriaSetId, setVersion(event.data.criteriaSetId, event.data.version, event.data.criteria)),
      };
    case 'UnitRegistered':
      return { ...state, units: withEntry(state.units, event.data.unitId, registeredUnit(event.data)) };
    case 'UnitRenamed': {
      const unit = state.units.get(event.data.unitId)!;
      const renamed = { ...unit, name: event.data.name, names: [...unit.names, { name: event.data.name, validFrom: event.data.validFrom }] };
      return { ...state, units: withEntry(state.units, unit.unitId, renamed) };
    }
    case 'ApplicabilitySet': {
      const { unitId, criterion, applicable, reason } = event.data;
      const forUnit = withEntry(state.applicability.get(unitId) ?? new Map(), criterion, { applicable, reason });
      return { ...state, applicability: withEntry(state.applicability, unitId, forUnit) };
    }
    case 'DeadlinesSet':
      return { ...state, deadlines: { selfAssessmentDue: event.data.selfAssessmentDue, explanationWindowDays: event.data.explanationWindowDays } };
    case 'CycleOpened':
      return { ...state, status: 'open' };
    case 'CycleClosed':
      return { ...state, status: 'closed' };
    default:
      // A type this reader does not know (written by a newer version) leaves the state as it is.
      return state;
  }
}

function setVersion(criteriaSetId: string, version: number, criteria: readonly CriterionNodeData[]): CriteriaSetVersion {
  return { criteriaSetId, version, criteria, tree: treeFromData(criteria) };
}

function registeredUnit(data: UnitRegistered['data']): CycleUnit {
  const { unitId, groupId, parentId, validFrom, validTo, name } = data;
  return { unitId, groupId, parentId, validFrom, validTo, name, names: [{ name, validFrom }], registration: data };
}

/** State stays immutable: a changed map is a new map. */
function withEntry<Key, Value>(map: ReadonlyMap<Key, Value>, key: Key, value: Value): ReadonlyMap<Key, Value> {
  return new Map(map).set(key, value);
}
