import type { Actor, Role } from '@par/contracts';

/** Who the bearer token says the caller is (OIDC-compatible claims: sub, roles, unitId, tenant). */
export interface Principal {
  userId: string;
  roles: Role[];
  /** The unit the person belongs to; absent for roles above units. */
  unitId?: string;
  /** The evaluating organisation (multi-tenant), when the issuer sets one. */
  tenant?: string;
}

/**
 * What a route handler gets from the guard: the actor (the principal in the one role the route was
 * allowed under — the platform's one Actor type) and the request's correlation id, for the services.
 */
export interface Caller {
  actor: Actor;
  correlationId: string;
  tenant?: string;
}
