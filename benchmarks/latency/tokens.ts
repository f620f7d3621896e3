import { type DevTokenClaims, signDevToken } from '@par/gateway';

/** Dev tokens (HS256, the gateway's PAR_JWT_SECRET), signed once per person and reused for every request. */
export class Tokens {
  private readonly signed = new Map<string, Promise<string>>();

  constructor(private readonly secret: string) {}

  of(claims: DevTokenClaims): Promise<string> {
    const key = `${claims.sub}/${claims.role}/${claims.unitId ?? ''}`;
    let token = this.signed.get(key);
    if (!token) {
      token = signDevToken(claims, this.secret);
      this.signed.set(key, token);
    }
    return token;
  }
}
