import type { Role } from '@par/contracts';
import { SignJWT } from 'jose';

export interface DevTokenClaims {
  sub: string;
  /** One role, or several (the `roles` claim is always an array). */
  role?: Role;
  roles?: Role[];
  unitId?: string;
  tenant?: string;
}

/**
 * An HS256 token for tests and the embedded demo, verified by a gateway configured with the same secret.
 * Not for production: there an OIDC provider issues the tokens (jwksUrl).
 */
export async function signDevToken(claims: DevTokenClaims, secret: string, expiresIn = '8h'): Promise<string> {
  const roles = claims.roles ?? (claims.role ? [claims.role] : []);
  return new SignJWT({ roles, ...(claims.unitId ? { unitId: claims.unitId } : {}), ...(claims.tenant ? { tenant: claims.tenant } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
