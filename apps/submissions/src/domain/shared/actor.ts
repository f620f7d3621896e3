import { type Actor, isRole, type Role } from '../contracts';
import { SubmissionsError } from './submissions-error';

/**
 * The deciders check roles again although the gateway already did (defence in depth): the CLI import
 * replays the same commands without the gateway. NATIONAL_VIEWER is in no list: it never writes.
 */
export function requireRole(actor: Actor, allowed: readonly Role[], action: string): void {
  if (!isRole(actor?.role) || !allowed.includes(actor.role)) {
    throw new SubmissionsError('ROLE_NOT_ALLOWED', `${describeRole(actor?.role)} may not ${action} (allowed: ${allowed.join(', ')})`, {
      field: 'actor.role',
      value: actor?.role,
    });
  }
  if (typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    throw new SubmissionsError('FIELD_REQUIRED', 'actor.userId is required', { field: 'actor.userId', value: actor.userId });
  }
}

/** Unit reporters and heads act for their own unit only. */
export function requireOwnUnit(actor: Actor, unitId: string): void {
  if (actor.unitId !== unitId) {
    const whose = actor.unitId ? `of unit "${actor.unitId}"` : 'without a unit';
    throw new SubmissionsError('WRONG_UNIT', `a ${actor.role} ${whose} cannot act for unit "${unitId}"`, { field: 'unitId', value: unitId });
  }
}

function describeRole(role: unknown): string {
  return isRole(role) ? `a ${role}` : `an actor with role ${JSON.stringify(role) ?? 'none'}`;
}
