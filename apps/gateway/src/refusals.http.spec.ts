import { streamId } from '@par/contracts';
import { signDevToken } from './auth/dev-token';
import { GatewayHarness, HttpReply, startGateway } from './testing/gateway-harness';
import { admin, CYCLE, evidence, headOf, nationalViewer, reporterOf, setupRequests, sheetPath } from './testing/small-cycle.http';

jest.setTimeout(60_000);

const SHEET = streamId('self-assessment', CYCLE, 'so-tu-phap');
const CYCLE_STREAM = streamId('cycle', CYCLE);
const score = (criterion: string) => `${sheetPath('so-tu-phap')}/scores/${criterion}`;

describe('over HTTP, every bad request is a problem+json naming what is wrong, and writes nothing', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_refusals');
    for (const [method, path, body] of setupRequests()) await gateway.request(method, path, { as: admin, body });
    await gateway.request('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), body: { points: '0.5', evidence } });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  /** The problem a request ends with; the unit's sheet and the cycle are unchanged by it. */
  async function refused(method: string, path: string, options: Parameters<GatewayHarness['request']>[2]): Promise<HttpReply> {
    const before = [(await gateway.submissionsStream(SHEET)).length, (await gateway.submissionsStream(CYCLE_STREAM)).length];
    const reply = await gateway.request(method, path, options);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.body).toEqual(
      expect.objectContaining({
        status: reply.status,
        type: expect.stringMatching(/^urn:par:problem:/),
        title: expect.any(String),
        detail: expect.any(String),
        instance: path,
      }),
    );
    expect([(await gateway.submissionsStream(SHEET)).length, (await gateway.submissionsStream(CYCLE_STREAM)).length]).toEqual(before);
    return reply;
  }

  describe('who may call', () => {
    it('no token: 401 with WWW-Authenticate', async () => {
      const reply = await refused('PUT', score('1.1'), { body: { points: '1', evidence } });
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'TOKEN_MISSING', field: 'authorization' }));
      expect(reply.headers.get('www-authenticate')).toBe('Bearer');
      expect((await gateway.request('GET', `/api/v1/cycles/${CYCLE}`)).status).toBe(401);
    });

    it('a token signed with another secret, or expired: 401 TOKEN_INVALID', async () => {
      const forged = await signDevToken(reporterOf('so-tu-phap'), 'not-the-gateway-secret-0123456789');
      expect((await refused('PUT', score('1.1'), { body: { points: '1', evidence }, headers: { authorization: `Bearer ${forged}` } })).body.code).toBe(
        'TOKEN_INVALID',
      );
      const expired = await signDevToken(reporterOf('so-tu-phap'), 'test-secret-for-the-gateway-only-0123456789', '-1m');
      expect((await refused('PUT', score('1.1'), { body: { points: '1', evidence }, headers: { authorization: `Bearer ${expired}` } })).status).toBe(401);
    });

    it('a reporter of another unit: 403 WRONG_UNIT on unitId, for writing and for reading', async () => {
      const reply = await refused('PUT', score('1.1'), { as: reporterOf('so-y-te'), body: { points: '1', evidence } });
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'WRONG_UNIT', field: 'unitId' }));
      expect((await refused('GET', sheetPath('so-tu-phap'), { as: headOf('so-y-te') })).body.code).toBe('WRONG_UNIT');
    });

    it('a national viewer reads but never writes: 403 ROLE_NOT_ALLOWED', async () => {
      const reply = await refused('POST', `/api/v1/cycles/${CYCLE}/close`, { as: nationalViewer });
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'ROLE_NOT_ALLOWED', field: 'roles' }));
      expect(
        (await refused('PUT', score('1.1'), { as: { ...nationalViewer, roles: ['NATIONAL_VIEWER'], unitId: 'so-tu-phap' }, body: { points: '1', evidence } }))
          .status,
      ).toBe(403);
      expect((await gateway.request('GET', `/api/v1/cycles/${CYCLE}`, { as: nationalViewer })).status).toBe(200);
    });

    it('a role the route does not admit: a reporter submitting, a head setting up: 403 ROLE_NOT_ALLOWED', async () => {
      expect((await refused('POST', `${sheetPath('so-tu-phap')}/submit`, { as: reporterOf('so-tu-phap') })).body.code).toBe('ROLE_NOT_ALLOWED');
      expect((await refused('POST', `/api/v1/cycles/${CYCLE}/close`, { as: headOf('so-tu-phap') })).body.code).toBe('ROLE_NOT_ALLOWED');
    });
  });

  describe('what may be sent', () => {
    it('points off the leaf’s step: 422 naming `points`', async () => {
      const reply = await refused('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), body: { points: '0.30', evidence } });
      expect(reply.status).toBe(422);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'SCORE_OFF_STEP', field: 'points', title: 'Dữ liệu không hợp lệ' }));
      expect(reply.body.detail).toContain('0.25');
    });

    it('a criterion the set does not have: 422 naming `criterion`', async () => {
      const reply = await refused('PUT', score('9.9'), { as: reporterOf('so-tu-phap'), body: { points: '1', evidence } });
      expect(reply.status).toBe(422);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'CRITERION_UNKNOWN', field: 'criterion' }));
    });

    it('a body of the wrong shape: 422 naming each field (missing, wrong type, unknown)', async () => {
      const missing = await refused('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), body: { evidence } });
      expect(missing.status).toBe(422);
      expect(missing.body).toEqual(expect.objectContaining({ code: 'FIELD_REQUIRED', field: 'points' }));

      const several = await refused('PUT', score('1.1'), {
        as: reporterOf('so-tu-phap'),
        body: { points: 'một', evidence: [{ documentNo: '12' }], notes: 'x' },
      });
      expect(several.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['evidence[0].title', 'notes', 'points']);
    });

    it('a nested field of a setup body: 422 naming its path', async () => {
      const reply = await refused('POST', `/api/v1/cycles/${CYCLE}/criteria-sets`, {
        as: admin,
        body: { criteriaSetId: 'set-x', criteria: [{ code: '9', title: 'X', children: [{ code: '9.1', title: 'Y', maxPoints: 1, source: 'khac' }] }] },
      });
      expect(reply.status).toBe(422);
      expect(reply.body.field).toBe('criteria[0].children[0].source');
    });

    it('JSON that does not parse: 400 MALFORMED_JSON', async () => {
      const reply = await refused('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), rawBody: '{"points": "1",' });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('MALFORMED_JSON');
    });

    it('a route that does not exist: 404 problem', async () => {
      const reply = await refused('GET', '/api/v1/khong-co', { as: admin });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('ROUTE_NOT_FOUND');
    });

    it('an unknown cycle: 404 CYCLE_NOT_FOUND from the service', async () => {
      const reply = await gateway.request('PUT', `/api/v1/cycles/khong-co/units/so-tu-phap/self-assessment/scores/1.1`, {
        as: reporterOf('so-tu-phap'),
        body: { points: '1', evidence },
      });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('CYCLE_NOT_FOUND');
    });
  });
});
