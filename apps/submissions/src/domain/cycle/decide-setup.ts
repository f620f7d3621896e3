import { isDeepStrictEqual } from 'node:util';
import { parseCriteria } from '../shared/criteria-data';
import { requireNotClosed } from '../shared/cycle-status';
import { requireDue } from '../shared/dates';
import { newEvent } from '../shared/new-event';
import { requireText } from '../shared/input';
import { parseThresholdsData } from '../shared/thresholds-data';
import type { CreateCycle, DefineCriteriaSet, DefineGroup, SetDeadlines } from './cycle.commands';
import { CycleErrors } from './cycle.errors';
import type { CycleEvent } from './cycle.events';
import type { CycleState, ExistingCycle } from './cycle.state';

/*
 * Setup decisions. Once closed, a cycle accepts nothing. Otherwise a command whose outcome already holds
 * decides nothing (an import replayed twice, a retried request), even after opening; what differs is a
 * redefinition during setup (setup is iterative) and refused once the cycle is open.
 */

export function createCycle(command: CreateCycle, state: CycleState): CycleEvent[] {
  const data = {
    cycleId: requireText(command.cycleId, 'cycleId'),
    year: requireYear(command.year),
    title: requireText(command.title, 'title'),
    evaluator: requireText(command.evaluator, 'evaluator'),
    thresholds: parseThresholdsData(command.thresholds),
  };
  if (state.cycle) {
    if (isDeepStrictEqual(state.cycle, data)) return [];
    throw CycleErrors.alreadyExists(data.cycleId);
  }
  return [newEvent('CycleCreated', data)];
}

/** A group may name a set not defined yet; opening the cycle checks that every group's set exists. */
export function defineGroup(command: DefineGroup, state: ExistingCycle): CycleEvent[] {
  requireNotClosed(state.status, command.cycleId);
  const data = {
    cycleId: command.cycleId,
    groupId: requireText(command.groupId, 'groupId'),
    name: requireText(command.name, 'name'),
    criteriaSetId: requireText(command.criteriaSetId, 'criteriaSetId'),
    thresholds: command.thresholds === undefined || command.thresholds === null ? null : parseThresholdsData(command.thresholds),
  };
  if (isDeepStrictEqual(state.groups.get(data.groupId), data)) return [];
  if (state.status === 'open') throw CycleErrors.notInSetup(command.cycleId, 'groups are defined');
  return [newEvent('GroupDefined', data)];
}

export function defineCriteriaSet(command: DefineCriteriaSet, state: ExistingCycle): CycleEvent[] {
  const criteriaSetId = requireText(command.criteriaSetId, 'criteriaSetId');
  requireNotClosed(state.status, command.cycleId);
  const criteria = parseCriteria(command.criteria);
  if (isDeepStrictEqual(state.criteriaSets.get(criteriaSetId)?.criteria, criteria)) return [];
  if (state.status === 'open') throw CycleErrors.setFrozen(criteriaSetId);
  return [newEvent('CriteriaSetDefined', { cycleId: command.cycleId, criteriaSetId, criteria })];
}

/** Deadlines may move while the cycle is open (a province extends the due date); each setting replaces the last. */
export function setDeadlines(command: SetDeadlines, state: ExistingCycle): CycleEvent[] {
  requireNotClosed(state.status, command.cycleId);
  const selfAssessmentDue = requireDue(command.selfAssessmentDue, 'selfAssessmentDue');
  const days = command.explanationWindowDays;
  if (!Number.isSafeInteger(days) || days < 1) throw CycleErrors.explanationWindowInvalid(days);
  const deadlines = { selfAssessmentDue, explanationWindowDays: days };
  if (isDeepStrictEqual(state.deadlines, deadlines)) return [];
  return [newEvent('DeadlinesSet', { cycleId: command.cycleId, ...deadlines })];
}

function requireYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) throw CycleErrors.yearInvalid(year);
  return year;
}
