import { SubmissionsError } from './submissions-error';

/** setup → open (criteria sets frozen, units self-assess) → closed (nothing changes any more). */
export type CycleStatus = 'setup' | 'open' | 'closed';

/** For commands that need an open cycle: in setup nothing can be assessed yet, once closed nothing changes. */
export function requireOpen(status: CycleStatus, cycleId: string): void {
  if (status === 'setup') throw new SubmissionsError('CYCLE_NOT_OPEN', `cycle "${cycleId}" is still in setup`, { field: 'cycleId', value: cycleId });
  if (status === 'closed') throw cycleClosed(cycleId);
}

/** For commands that may run until the cycle closes. */
export function requireNotClosed(status: CycleStatus, cycleId: string): void {
  if (status === 'closed') throw cycleClosed(cycleId);
}

export function cycleClosed(cycleId: string): SubmissionsError {
  return new SubmissionsError('CYCLE_CLOSED', `cycle "${cycleId}" is closed: nothing in it can change`, { field: 'cycleId', value: cycleId });
}
