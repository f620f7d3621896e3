import type { SelfAssessmentContext } from '../self-assessment/self-assessment.commands';
import { CycleErrors } from './cycle.errors';
import { leavesOfUnit, notApplicableFor } from './cycle.queries';
import type { CycleState } from './cycle.state';

/**
 * The cycle facts a self-assessment command carries, read by the command handler from the cycle stream
 * so the self-assessment decider stays pure and its stream independent of the cycle's.
 */
export function selfAssessmentContext(state: CycleState, request: { cycleId: string; unitId: string; now: string }): SelfAssessmentContext {
  if (state.status === 'none') throw CycleErrors.notFound(request.cycleId);
  if (!state.units.has(request.unitId)) throw CycleErrors.unitUnknown(request.unitId);
  // In setup a unit's set may not exist yet; the decider refuses with CYCLE_NOT_OPEN whatever the leaves.
  const inSetup = state.status === 'setup';
  return {
    cycleStatus: state.status,
    leaves: inSetup ? [] : leavesOfUnit(state, request.unitId),
    notApplicable: inSetup ? [] : notApplicableFor(state, request.unitId),
    ...(state.deadlines ? { selfAssessmentDue: state.deadlines.selfAssessmentDue } : {}),
    now: request.now,
  };
}
