import type { Decider } from '@par/event-store';
import { requireRole } from '../shared/actor';
import { requireText } from '../shared/input';
import type { CycleCommand } from './cycle.commands';
import { CycleErrors } from './cycle.errors';
import type { CycleEvent } from './cycle.events';
import { evolveCycle, initialCycleState, isCreated, type CycleState } from './cycle.state';
import { createCycle, defineCriteriaSet, defineGroup, setDeadlines } from './decide-setup';
import { closeCycle, correctCriteriaSet, openCycle } from './decide-lifecycle';
import { registerUnit, renameUnit, setApplicability } from './decide-units';

/** Setting up and running a cycle is the province admin's (Department of Home Affairs) alone. */
export function decideCycle(command: CycleCommand, state: CycleState): CycleEvent[] {
  requireRole(command.actor, ['PROVINCE_ADMIN'], 'set up or run a cycle');
  if (command.type === 'CreateCycle') return createCycle(command, state);
  const cycleId = requireText(command.cycleId, 'cycleId');
  if (!isCreated(state)) throw CycleErrors.notFound(cycleId);
  switch (command.type) {
    case 'DefineGroup':
      return defineGroup(command, state);
    case 'DefineCriteriaSet':
      return defineCriteriaSet(command, state);
    case 'RegisterUnit':
      return registerUnit(command, state);
    case 'RenameUnit':
      return renameUnit(command, state);
    case 'SetApplicability':
      return setApplicability(command, state);
    case 'SetDeadlines':
      return setDeadlines(command, state);
    case 'OpenCycle':
      return openCycle(command, state);
    case 'CorrectCriteriaSet':
      return correctCriteriaSet(command, state);
    case 'CloseCycle':
      return closeCycle(command, state);
  }
}

/** The Cycle aggregate (stream `cycle:<cycleId>`). */
export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState> = {
  initialState: initialCycleState,
  decide: decideCycle,
  evolve: evolveCycle,
};
