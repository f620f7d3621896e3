import { isDeepStrictEqual } from 'node:util';
import { parseCriteria } from '../shared/criteria-data';
import { cycleClosed, requireOpen } from '../shared/cycle-status';
import { requireReason, requireText } from '../shared/input';
import { newEvent } from '../shared/new-event';
import type { CloseCycle, CorrectCriteriaSet, OpenCycle } from './cycle.commands';
import { CycleErrors } from './cycle.errors';
import type { CycleEvent } from './cycle.events';
import type { ExistingCycle } from './cycle.state';

/** Opening freezes every set: from then on a set changes only by a correction, with a reason, as a new version. */
export function openCycle(command: OpenCycle, state: ExistingCycle): CycleEvent[] {
  if (state.status === 'open') return [];
  if (state.status === 'closed') throw cycleClosed(command.cycleId);
  if (state.groups.size === 0) throw CycleErrors.hasNoGroups(command.cycleId);
  for (const group of state.groups.values()) {
    if (!state.criteriaSets.has(group.criteriaSetId)) {
      throw CycleErrors.setUnknown(group.criteriaSetId, `groups[${group.groupId}].criteriaSetId`, ` of group "${group.groupId}"`);
    }
  }
  const criteriaSets = [...state.criteriaSets.values()].map(({ criteriaSetId, version }) => ({ criteriaSetId, version }));
  return [newEvent('CycleOpened', { cycleId: command.cycleId, criteriaSets })];
}

/** During setup a set is simply defined again; a correction is for a frozen set. */
export function correctCriteriaSet(command: CorrectCriteriaSet, state: ExistingCycle): CycleEvent[] {
  requireOpen(state.status, command.cycleId);
  const criteriaSetId = requireText(command.criteriaSetId, 'criteriaSetId');
  const current = state.criteriaSets.get(criteriaSetId);
  if (!current) throw CycleErrors.setUnknown(criteriaSetId, 'criteriaSetId');
  const reason = requireReason(command.reason);
  const criteria = parseCriteria(command.criteria);
  if (isDeepStrictEqual(current.criteria, criteria)) return [];
  return [newEvent('CriteriaSetCorrected', { cycleId: command.cycleId, criteriaSetId, version: current.version + 1, criteria, reason })];
}

export function closeCycle(command: CloseCycle, state: ExistingCycle): CycleEvent[] {
  if (state.status === 'closed') return [];
  requireOpen(state.status, command.cycleId);
  return [newEvent('CycleClosed', { cycleId: command.cycleId })];
}
