import { isRole, Role } from '@par/contracts';
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyOptions } from 'jose';
import type { AuthConfig } from './auth.config';
import type { Principal } from './principal';
import { ProblemError } from '../problems/problem';

/** Verifies a bearer token (signature, expiry, issuer, audience) and reads its claims into a Principal. */
export class TokenVerifier {
  private readonly check: (token: string) => Promise<JWTPayload>;

  constructor(config: AuthConfig) {
    const options: JWTVerifyOptions = { issuer: config.issuer, audience: config.audience };
    if (config.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(config.jwksUrl));
      this.check = async (token) => (await jwtVerify(token, keys, options)).payload;
    } else if (config.secret) {
      const secret = new TextEncoder().encode(config.secret);
      // Only HS256 with a shared secret: a token naming another algorithm is refused, never tried.
      this.check = async (token) => (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    } else {
      throw new Error('auth needs a secret (PAR_JWT_SECRET) or a JWKS URL');
    }
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      payload = await this.check(token);
    } catch (error) {
      throw new ProblemError(401, 'TOKEN_INVALID', `The bearer token was refused: ${(error as Error).message}`, 'authorization');
    }
    return principalOf(payload);
  }
}

/** The claims we rely on; a token without a subject or a known role identifies no one who may act. */
function principalOf(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  if (typeof payload.sub !== 'string' || payload.sub === '')
    throw new ProblemError(401, 'TOKEN_INVALID', 'The bearer token has no subject (sub)', 'authorization');
  if (roles.length === 0) throw new ProblemError(401, 'TOKEN_INVALID', 'The bearer token has no known role (roles)', 'authorization');
  const unitId = typeof payload.unitId === 'string' && payload.unitId !== '' ? payload.unitId : undefined;
  const tenant = typeof payload.tenant === 'string' && payload.tenant !== '' ? payload.tenant : undefined;
  return { userId: payload.sub, roles: roles as Role[], ...(unitId ? { unitId } : {}), ...(tenant ? { tenant } : {}) };
}
