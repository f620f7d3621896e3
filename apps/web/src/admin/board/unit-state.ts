/** Where a unit's appraisal is, as GET /api/v1/cycles/{cycleId}/appraisals answers it. */
export type AppraisalPhase = 'notStarted' | 'appraising' | 'resultSent' | 'finalized';

export interface UnitAppraisal {
  unitId: string;
  phase: AppraisalPhase;
  selfSubmitted: boolean;
}

/** Where a unit stands in the cycle, in the order a unit goes through them. */
export const BOARD_STATES = ['notSubmitted', 'submitted', 'appraising', 'resultSent', 'finalized'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/** A unit the answer does not list has not submitted. Once appraisal starts, its phase says where the unit is. */
export function boardStateOf(appraisal: UnitAppraisal | undefined): BoardState {
  if (!appraisal) return 'notSubmitted';
  switch (appraisal.phase) {
    case 'appraising':
      return 'appraising';
    case 'resultSent':
      return 'resultSent';
    case 'finalized':
      return 'finalized';
    default:
      return appraisal.selfSubmitted ? 'submitted' : 'notSubmitted';
  }
}

/** How many units are in each state (every state present, 0 where none). */
export function countsOf(states: readonly BoardState[]): Record<BoardState, number> {
  const counts = Object.fromEntries(BOARD_STATES.map((state) => [state, 0])) as Record<BoardState, number>;
  for (const state of states) counts[state] += 1;
  return counts;
}
