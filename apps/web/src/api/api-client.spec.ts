import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem } from '../testing/fake-api';
import { createApiClient } from './api-client';
import { ApiProblem } from './api-problem';
import { apiPath } from './api-path';

describe('the API client', () => {
  it('sends the bearer token and reads JSON', async () => {
    const api = fakeApi({ 'GET /api/v1/cycles/demo-2025': { cycleId: 'demo-2025' } });
    const client = createApiClient({ token: () => 'the-token' });

    await expect(client.get(apiPath`/cycles/${'demo-2025'}`)).resolves.toEqual({ cycleId: 'demo-2025' });
    expect(api.requests[0].headers.get('authorization')).toBe('Bearer the-token');
  });

  it('encodes what it puts in a path', () => {
    expect(apiPath`/cycles/${'a b/c'}/results`).toBe('/cycles/a%20b%2Fc/results');
  });

  it('a refused token ends the session; a refusal is thrown as an ApiProblem', async () => {
    fakeApi({
      'GET /api/v1/cycles/x': () => problem(401, { code: 'TOKEN_INVALID', title: 'Chưa xác thực', detail: 'expired', field: 'authorization' }),
    });
    const onUnauthorized = vi.fn();
    const client = createApiClient({ token: () => 'old', onUnauthorized });

    const refusal = await client.get('/cycles/x').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiProblem);
    expect(refusal).toMatchObject({ status: 401, code: 'TOKEN_INVALID', field: 'authorization' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('no answer at all is a NETWORK problem (status 0)', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const client = createApiClient({ token: () => null });
    await expect(client.get('/cycles/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('a command sends its body as JSON', async () => {
    const api = fakeApi({ 'POST /api/v1/cycles/x/open': () => new Response(null, { status: 204 }) });
    await createApiClient({ token: () => 't' }).send('POST', '/cycles/x/open', { reason: 'ok' });
    expect(api.requests[0].headers.get('content-type')).toBe('application/json');
    expect(await api.requests[0].text()).toBe('{"reason":"ok"}');
  });
});
