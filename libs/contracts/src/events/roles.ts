import { z } from 'zod';

/**
 * Who may act on the platform (DOMAIN.md). Shared by every service's commands and event metadata, so a
 * role means the same thing in the gateway's JWT, a command's actor and the audit log.
 */
export const ROLES = ['UNIT_REPORTER', 'UNIT_HEAD', 'APPRAISER', 'COUNCIL_MEMBER', 'COUNCIL_CHAIR', 'PROVINCE_ADMIN', 'NATIONAL_VIEWER'] as const;

export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
