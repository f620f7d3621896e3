import { eventually, GatewayHarness, startGateway } from '../testing/gateway-harness';
import { admin, CYCLE, nationalViewer, reporterOf, setupRequests } from '../testing/small-cycle.http';

jest.setTimeout(60_000);

describe('GET /api/v1/cycles: the cycles a picker offers, for every role', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_cycle_list');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('none yet: an empty list', async () => {
    const reply = await gateway.request('GET', '/api/v1/cycles', { as: admin });
    expect([reply.status, reply.body]).toEqual([200, { cycles: [] }]);
  });

  it('latest year first, each with id, year, title and status; a unit reporter and the ministry read it too', async () => {
    for (const [method, path, body] of setupRequests()) await gateway.request(method, path, { as: admin, body });
    const past = {
      cycleId: 'cchc-2024',
      year: 2024,
      title: 'Chỉ số CCHC năm 2024',
      evaluator: 'ubnd-tinh-demo',
      thresholds: [{ class: 'YEU', label: 'Yếu', minIndex: 0 }],
    };
    expect((await gateway.request('POST', '/api/v1/cycles', { as: admin, body: past })).status).toBe(201);

    const expected = {
      cycles: [
        { cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025', status: 'open' },
        { cycleId: 'cchc-2024', year: 2024, title: 'Chỉ số CCHC năm 2024', status: 'setup' },
      ],
    };
    await eventually(async () => expect((await gateway.request('GET', '/api/v1/cycles', { as: admin })).body).toEqual(expected));
    for (const caller of [reporterOf('so-tu-phap'), nationalViewer]) {
      const reply = await gateway.request('GET', '/api/v1/cycles', { as: caller });
      expect([reply.status, reply.body]).toEqual([200, expected]);
    }
  });

  it('without a token: 401', async () => {
    expect((await gateway.request('GET', '/api/v1/cycles')).status).toBe(401);
  });
});
