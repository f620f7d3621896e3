import type { DevTokenClaims } from '../auth/dev-token';
import { eventually, GatewayHarness, startGateway } from '../testing/gateway-harness';
import { admin, CYCLE, evidence, headOf, reporterOf, setupRequests, sheetPath } from '../testing/small-cycle.http';
import { AppraisalQueue } from './appraisal-queue.view';

jest.setTimeout(60_000);

const appraiser: DevTokenClaims = { sub: 'tran.thi.thamdinh', role: 'APPRAISER', unitId: 'so-noi-vu' };
const QUEUE = `/api/v1/cycles/${CYCLE}/appraisals`;

describe('over HTTP: the appraisal queue, every unit of the cycle with how far its appraisal has gone', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_appraisal_queue', { appraisal: true });
    for (const [method, path, body] of setupRequests()) await gateway.request(method, path, { as: admin, body });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('before any submission: every unit, in the cycle’s order, not started', async () => {
    const reply = await gateway.request('GET', QUEUE, { as: appraiser });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      cycle: CYCLE,
      units: [
        { unitId: 'so-tu-phap', phase: 'notStarted', selfSubmitted: false },
        { unitId: 'so-y-te', phase: 'notStarted', selfSubmitted: false },
        { unitId: 'huyen-a', phase: 'notStarted', selfSubmitted: false },
      ],
    });
    expect(AppraisalQueue.parse(reply.body)).toEqual(reply.body);
  });

  it('a submission starts the unit’s appraisal; the result sent to it shows as resultSent', async () => {
    await gateway.request('PUT', `${sheetPath('so-tu-phap')}/scores/1.1`, { as: reporterOf('so-tu-phap'), body: { points: '1.00', evidence } });
    await gateway.request('POST', `${sheetPath('so-tu-phap')}/submit`, { as: headOf('so-tu-phap') });
    const unitOf = async () => (await gateway.request('GET', QUEUE, { as: admin })).body.units[0];
    await eventually(async () => expect(await unitOf()).toEqual({ unitId: 'so-tu-phap', phase: 'appraising', selfSubmitted: true }));

    const sent = await gateway.request('POST', `/api/v1/cycles/${CYCLE}/units/so-tu-phap/appraisal/send`, {
      as: appraiser,
      body: { explanationWindowDays: 5 },
    });
    expect(sent.status).toBe(200);
    await eventually(async () => expect(await unitOf()).toEqual({ unitId: 'so-tu-phap', phase: 'resultSent', selfSubmitted: true }));
  });

  it('an unknown cycle is a 404; a unit’s own roles may not read every unit’s progress', async () => {
    const unknown = await gateway.request('GET', '/api/v1/cycles/khong-co/appraisals', { as: appraiser });
    expect(unknown.body).toEqual(expect.objectContaining({ status: 404, code: 'CYCLE_NOT_FOUND' }));
    const reporter = await gateway.request('GET', QUEUE, { as: reporterOf('so-tu-phap') });
    expect(reporter.body).toEqual(expect.objectContaining({ status: 403, code: 'ROLE_NOT_ALLOWED', field: 'roles' }));
  });
});
