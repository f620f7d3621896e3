import type { Role } from '../auth/roles';

// Who sees what on this screen, as the gateway decides it (apps/gateway/src/auth/auth.guard.ts and
// log-verification.controller.ts): the screen only avoids offering what would be refused.

const UNIT_ROLES: readonly Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const LOG_VERIFIERS: readonly Role[] = ['PROVINCE_ADMIN', 'COUNCIL_CHAIR'];

/** A unit's own officials read their unit's history only; the province, appraisers and council read every unit's. */
export function ownUnitOnly(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => UNIT_ROLES.includes(role));
}

/** The province and the council chair answer for the log's integrity: they may run its check. */
export function mayVerifyLog(roles: readonly Role[]): boolean {
  return roles.some((role) => LOG_VERIFIERS.includes(role));
}
