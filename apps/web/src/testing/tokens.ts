/** A token shaped like the gateway's (header.payload.signature, base64url) with any claims; the UI checks no signature. */
export function tokenWith(claims: Record<string, unknown>): string {
  return [{ alg: 'HS256', typ: 'JWT' }, claims].map(base64url).join('.') + '.c2lnbmF0dXJl';
}

export const adminToken = () => tokenWith({ sub: 'admin.sonoivu', roles: ['PROVINCE_ADMIN'], unitId: 'so-noi-vu', exp: inHours(8) });

export function inHours(hours: number): number {
  return Math.floor(Date.now() / 1000) + hours * 3600;
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
