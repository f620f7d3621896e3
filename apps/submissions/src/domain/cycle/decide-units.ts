import { isDeepStrictEqual } from 'node:util';
import { requireNotClosed } from '../shared/cycle-status';
import { optionalDate, requireDate } from '../shared/dates';
import { newEvent } from '../shared/new-event';
import { requireBoolean, requireReason, requireText } from '../shared/input';
import type { RegisterUnit, RenameUnit, SetApplicability } from './cycle.commands';
import { CycleErrors } from './cycle.errors';
import type { CycleEvent } from './cycle.events';
import { criteriaSetOfUnit, isApplicable } from './cycle.queries';
import type { ExistingCycle } from './cycle.state';

/*
 * Units, their names and which leaves apply to them. All three may change while the cycle is open
 * (a merger mid-year, a leaf found not to concern a department) but not once it is closed.
 */

/** Parents are registered first, so the hierarchy can hold no loop. */
export function registerUnit(command: RegisterUnit, state: ExistingCycle): CycleEvent[] {
  requireNotClosed(state.status, command.cycleId);
  const data = {
    cycleId: command.cycleId,
    unitId: requireText(command.unitId, 'unitId'),
    name: requireText(command.name, 'name'),
    groupId: requireText(command.groupId, 'groupId'),
    parentId: command.parentId === undefined || command.parentId === null ? null : requireText(command.parentId, 'parentId'),
    validFrom: optionalDate(command.validFrom, 'validFrom'),
    validTo: optionalDate(command.validTo, 'validTo'),
  };
  if (data.validFrom && data.validTo && data.validTo < data.validFrom) {
    throw CycleErrors.validityInvalid('validTo', data.validTo, `is before validFrom ${data.validFrom}`);
  }
  const registered = state.units.get(data.unitId);
  if (registered) {
    if (isDeepStrictEqual(registered.registration, data)) return [];
    throw CycleErrors.unitAlreadyRegistered(data.unitId);
  }
  if (!state.groups.has(data.groupId)) throw CycleErrors.groupUnknown(data.groupId);
  if (data.parentId !== null && !state.units.has(data.parentId)) throw CycleErrors.parentUnknown(data.parentId);
  return [newEvent('UnitRegistered', data)];
}

/** A new name from a date on; the id stays, so every score and result keeps following the unit. */
export function renameUnit(command: RenameUnit, state: ExistingCycle): CycleEvent[] {
  requireNotClosed(state.status, command.cycleId);
  const unitId = requireText(command.unitId, 'unitId');
  const unit = state.units.get(unitId);
  if (!unit) throw CycleErrors.unitUnknown(unitId);
  const name = requireText(command.name, 'name');
  const validFrom = requireDate(command.validFrom, 'validFrom');
  if (name === unit.name) return [];
  const current = unit.names[unit.names.length - 1];
  // The same day as the current name is allowed: it corrects that name, and the later event wins.
  if (current.validFrom && validFrom < current.validFrom) {
    throw CycleErrors.validityInvalid('validFrom', validFrom, `is before the current name's start, ${current.validFrom}`);
  }
  if (unit.validTo && validFrom > unit.validTo) {
    throw CycleErrors.validityInvalid('validFrom', validFrom, `is after the unit ceased to exist on ${unit.validTo}`);
  }
  return [newEvent('UnitRenamed', { cycleId: command.cycleId, unitId, name, previousName: unit.name, validFrom })];
}

/** Either way the decision needs a reason: it moves the unit's max, which the unit will ask about. */
export function setApplicability(command: SetApplicability, state: ExistingCycle): CycleEvent[] {
  requireNotClosed(state.status, command.cycleId);
  const unitId = requireText(command.unitId, 'unitId');
  if (!state.units.has(unitId)) throw CycleErrors.unitUnknown(unitId);
  const criterion = requireText(command.criterion, 'criterion');
  const applicable = requireBoolean(command.applicable, 'applicable');
  const reason = requireReason(command.reason);
  const set = criteriaSetOfUnit(state, unitId);
  if (!set.tree.findLeaf(criterion)) throw CycleErrors.criterionNotALeaf(criterion, set.criteriaSetId);
  if (isApplicable(state, unitId, criterion) === applicable) return [];
  return [newEvent('ApplicabilitySet', { cycleId: command.cycleId, unitId, criterion, applicable, reason })];
}
