import { isRole, type Role } from './roles';

/** What the UI reads from the gateway's bearer token (OIDC-compatible claims); the gateway alone verifies it. */
export interface Claims {
  sub: string;
  roles: Role[];
  unitId?: string;
  tenant?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/** Why a pasted token cannot be used; each reason is a message key under `signIn`. */
export type TokenRefusal = 'tokenMalformed' | 'tokenWithoutSubject' | 'tokenWithoutRole' | 'tokenExpired';

export class TokenRefused extends Error {
  constructor(readonly reason: TokenRefusal) {
    super(reason);
    this.name = 'TokenRefused';
  }
}

/**
 * The claims of a JWT, read without verifying its signature: enough to choose the menu and to refuse at once a
 * paste that can never work (not a JWT, no user, no known role, expired). Every API call is verified by the gateway.
 */
export function claimsOf(token: string, now: number = Date.now()): Claims {
  const payload = payloadOf(token.trim());
  const sub = payload.sub;
  if (typeof sub !== 'string' || sub === '') throw new TokenRefused('tokenWithoutSubject');
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  if (roles.length === 0) throw new TokenRefused('tokenWithoutRole');
  const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
  if (exp !== undefined && exp * 1000 <= now) throw new TokenRefused('tokenExpired');
  return {
    sub,
    roles,
    ...(typeof payload.unitId === 'string' && payload.unitId !== '' ? { unitId: payload.unitId } : {}),
    ...(typeof payload.tenant === 'string' && payload.tenant !== '' ? { tenant: payload.tenant } : {}),
    ...(exp !== undefined ? { exp } : {}),
  };
}

function payloadOf(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => part === '')) throw new TokenRefused('tokenMalformed');
  try {
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64Of(parts[1])), (char) => char.charCodeAt(0)));
    const payload: unknown = JSON.parse(json);
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new TokenRefused('tokenMalformed');
    return payload as Record<string, unknown>;
  } catch {
    throw new TokenRefused('tokenMalformed');
  }
}

/** base64url (JWT) → base64 (atob). */
function base64Of(base64url: string): string {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  return base64 + '='.repeat((4 - (base64.length % 4)) % 4);
}
