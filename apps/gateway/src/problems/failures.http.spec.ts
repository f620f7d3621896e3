import { Logger } from '@nestjs/common';
import { createTestDatabase, freePort, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { INTERNAL_HOST, MISSING_TABLE, startFailingSubmissions } from '../testing/failing-submissions';
import { GatewayUnderTest, HttpReply, startGatewayOnly } from '../testing/gateway-harness';
import { admin, CYCLE, reporterOf, sheetPath } from '../testing/small-cycle.http';

jest.setTimeout(60_000);

const overview = `/api/v1/cycles/${CYCLE}`;

describe('over HTTP, a failure behind the API is 500 or 503 with nothing of its detail; the logs get the detail', () => {
  let database: TestDatabase;
  let pool: Pool;
  let failing: Awaited<ReturnType<typeof startFailingSubmissions>>;
  /** In front of a submissions service that fails (EAI_AGAIN, a database error). */
  let failingService: GatewayUnderTest;
  /** In front of addresses nobody listens at. */
  let nobodyListens: GatewayUnderTest;
  /** In front of a host name that does not resolve. */
  let noSuchHost: GatewayUnderTest;
  let logged: jest.SpyInstance;
  const logs = () => logged.mock.calls.map((call) => call.map(String).join(' ')).join('\n');

  beforeAll(async () => {
    database = await createTestDatabase('gateway_failures');
    pool = new Pool({ connectionString: database.url, max: 2 });
    failing = await startFailingSubmissions(pool);
    failingService = await startGatewayOnly({ submissions: failing.url });
    const deadAddress = `127.0.0.1:${await freePort()}`;
    nobodyListens = await startGatewayOnly({ submissions: deadAddress, appraisal: deadAddress, ranking: deadAddress });
    noSuchHost = await startGatewayOnly({ submissions: 'no-such-host.invalid:50051' });
  });
  beforeEach(() => {
    // Both sides log through Nest's Logger: the service its own error, the gateway the status it got.
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());
  afterAll(async () => {
    for (const gateway of [failingService, nobodyListens, noSuchHost]) await gateway?.close();
    await failing?.close();
    await pool?.end();
    await database?.drop();
  });

  /** The problem a failure must end with: a fixed text per kind of failure, whatever the cause said. */
  function expectBareFailure(reply: HttpReply, path: string, status: 500 | 503, ...secrets: string[]): void {
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    const code = status === 500 ? 'UPSTREAM_FAILED' : 'UPSTREAM_UNAVAILABLE';
    expect(reply.body).toEqual({
      type: `urn:par:problem:${code.toLowerCase().replace(/_/g, '-')}`,
      title: expect.any(String),
      status,
      detail: 'A service behind the API failed; try again later',
      code,
      field: '',
      instance: path,
    });
    for (const secret of secrets) expect(JSON.stringify(reply.body)).not.toContain(secret);
  }

  it('a service whose name lookup fails (EAI_AGAIN, a host in its message): 500; the host only in the logs', async () => {
    const reply = await failingService.request('GET', overview, { as: admin });
    expect(reply.status).toBe(500);
    expectBareFailure(reply, overview, 500, INTERNAL_HOST, 'EAI_AGAIN', 'getaddrinfo');
    expect(logs()).toContain(INTERNAL_HOST);
  });

  it('a database error inside a service: 500 with no SQL, no table name, no stack; the SQL error in the logs', async () => {
    const path = sheetPath('so-tu-phap');
    const reply = await failingService.request('GET', path, { as: admin });
    expect(reply.status).toBe(500);
    expectBareFailure(reply, path, 500, MISSING_TABLE, 'SELECT', 'relation', 'does not exist', '    at ');
    expect(logs()).toContain(MISSING_TABLE);
  });

  it('a service nobody listens at (connection refused): 503 with no address; the address in the logs', async () => {
    const reply = await nobodyListens.request('GET', overview, { as: admin });
    expect(reply.status).toBe(503);
    expectBareFailure(reply, overview, 503, '127.0.0.1', 'ECONNREFUSED');
    expect(logs()).toContain('ECONNREFUSED');
  });

  it('a service host name that does not resolve: 503 with no host name; the name in the logs', async () => {
    const reply = await noSuchHost.request('GET', overview, { as: admin });
    expect(reply.status).toBe(503);
    expectBareFailure(reply, overview, 503, 'no-such-host');
    expect(logs()).toContain('no-such-host.invalid');
  });

  describe('an id in the path the services would refuse is 400 naming the parameter, before any service call', () => {
    // Behind `nobodyListens`: a request that reached a service would end 503, not 400.
    it.each([
      ['a NUL byte in the cycle id', 'GET', '/api/v1/cycles/%00/results', 'cycleId'],
      ['a NUL byte in the cycle id of a command', 'POST', '/api/v1/cycles/%00/open', 'cycleId'],
      ['a line break in the unit id', 'GET', `/api/v1/cycles/${CYCLE}/units/so%0Atu-phap/self-assessment`, 'unitId'],
      ['a blank cycle id', 'GET', '/api/v1/cycles/%20%20', 'cycleId'],
      ['a cycle id over 200 characters', 'GET', `/api/v1/cycles/${'x'.repeat(201)}`, 'cycleId'],
      ['a control character in an appraisal’s criterion', 'POST', `/api/v1/cycles/${CYCLE}/units/so-tu-phap/appraisal/scores/1.1%07/accept`, 'criterion'],
    ])('%s: %s %s', async (_what, method, path, field) => {
      const reply = await nobodyListens.request(method, path, { as: { ...admin, roles: ['PROVINCE_ADMIN', 'APPRAISER'] } });
      expect(reply.contentType).toMatch(/^application\/problem\+json/);
      expect(reply.body).toEqual(expect.objectContaining({ status: 400, code: 'PATH_PARAM_INVALID', field, type: 'urn:par:problem:path-param-invalid' }));
      expect(reply.status).toBe(400);
    });

    it('a unit reporter’s own unit and a valid criterion pass the check (and reach the service: 503 here)', async () => {
      const reply = await nobodyListens.request('PUT', `${sheetPath('so-tu-phap')}/scores/1.1`, {
        as: reporterOf('so-tu-phap'),
        body: { points: '1', note: 'x' },
      });
      expect(reply.status).toBe(503);
    });

    it('a query parameter naming a record is held to the same rule: 422 naming it, as every query parameter', async () => {
      const reply = await nobodyListens.request('GET', `/api/v1/cycles/${CYCLE}/units/so-tu-phap/audit?criterion=1.1%00`, { as: admin });
      expect(reply.body).toEqual(expect.objectContaining({ status: 422, code: 'FIELD_INVALID', field: 'criterion' }));
    });
  });
});
