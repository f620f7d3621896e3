import { GatewayHarness, startGateway } from '../testing/gateway-harness';
import { admin, nationalViewer, reporterOf } from '../testing/small-cycle.http';

jest.setTimeout(60_000);

describe('GET /api/v1/session: who the token says the caller is, answered by the gateway alone', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_session');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('names the user, the role and the unit; null unit for a role above units', async () => {
    const reporter = await gateway.request('GET', '/api/v1/session', { as: reporterOf('so-tu-phap') });
    expect(reporter.status).toBe(200);
    expect(reporter.body).toEqual(expect.objectContaining({ role: 'UNIT_REPORTER', unitId: 'so-tu-phap' }));
    const viewer = await gateway.request('GET', '/api/v1/session', { as: nationalViewer });
    expect(viewer.body).toEqual(expect.objectContaining({ role: 'NATIONAL_VIEWER', unitId: null }));
    expect((await gateway.request('GET', '/api/v1/session', { as: admin })).body).toEqual(expect.objectContaining({ role: 'PROVINCE_ADMIN' }));
  });

  it('without a token: 401', async () => {
    expect((await gateway.request('GET', '/api/v1/session')).status).toBe(401);
  });
});
