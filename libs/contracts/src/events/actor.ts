import type { Role } from './roles';

/**
 * Who issues a command, in every service: the gateway takes it from the JWT, the CLI import from the
 * file, and each event's metadata records it. One type, so a role and a unit mean the same everywhere.
 */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  /** The unit the person belongs to; absent for roles above units. */
  readonly unitId?: string;
}
