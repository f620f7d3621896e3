import type { Role } from '@par/contracts';

export type { Role };

// The platform's roles (libs/contracts ROLES, taken as a type only: the browser bundles none of the server's
// code). A Record over Role makes the compiler fail here when a role is added there.
const KNOWN: Record<Role, true> = {
  UNIT_REPORTER: true,
  UNIT_HEAD: true,
  APPRAISER: true,
  COUNCIL_MEMBER: true,
  COUNCIL_CHAIR: true,
  PROVINCE_ADMIN: true,
  NATIONAL_VIEWER: true,
};

export const ROLES = Object.keys(KNOWN) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(KNOWN, value);
}
