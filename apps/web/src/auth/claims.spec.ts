import { describe, expect, it } from 'vitest';
import { inHours, tokenWith } from '../testing/tokens';
import { claimsOf, TokenRefused } from './claims';

const refusalOf = (token: string) => {
  try {
    claimsOf(token);
  } catch (error) {
    return (error as TokenRefused).reason;
  }
  return undefined;
};

describe('the claims the menu is chosen from', () => {
  it('reads sub, roles and unitId (Vietnamese names survive base64url)', () => {
    const token = tokenWith({ sub: 'nguyễn.văn.a', roles: ['UNIT_REPORTER', 'SOMETHING_ELSE'], unitId: 'so-tu-phap', exp: inHours(1) });
    expect(claimsOf(token)).toMatchObject({ sub: 'nguyễn.văn.a', roles: ['UNIT_REPORTER'], unitId: 'so-tu-phap' });
  });

  it('refuses at once what the gateway would refuse anyway', () => {
    expect(refusalOf('not a token')).toBe('tokenMalformed');
    expect(refusalOf(tokenWith({ roles: ['APPRAISER'] }))).toBe('tokenWithoutSubject');
    expect(refusalOf(tokenWith({ sub: 'a', roles: ['ADMIN'] }))).toBe('tokenWithoutRole');
    expect(refusalOf(tokenWith({ sub: 'a', roles: ['APPRAISER'], exp: inHours(-1) }))).toBe('tokenExpired');
  });
});
