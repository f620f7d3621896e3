import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, freePort, type TestDatabase } from '@par/testing';
import { Pool } from 'pg';
// The four services run in the test process, each on its own gRPC port, as the embedded platform runs them.
import { appraisalGrpcOptions, AppraisalModule } from '@par/appraisal';
import { rankingGrpcOptions, RankingModule } from '@par/ranking';
import { submissionsGrpcOptions, SubmissionsModule } from '@par/submissions';
import { SURVEY_LOG_OPTIONS, surveyGrpcOptions, SurveyModule } from '@par/survey';
import type { DevTokenClaims } from '../auth/dev-token';
import { type GatewayUnderTest, startGatewayOnly } from '../testing/gateway-harness';
import { admin, headOf, setupRequests } from '../testing/small-cycle.http';
import { LogVerificationsView } from './log-verification.view';

jest.setTimeout(60_000);

const chair: DevTokenClaims = { sub: 'pham.van.chutich', role: 'COUNCIL_CHAIR', unitId: 'van-phong-ubnd' };
const appraiser: DevTokenClaims = { sub: 'tran.thi.thamdinh', role: 'APPRAISER', unitId: 'so-noi-vu' };
const VERIFY = '/api/v1/log-verifications';

describe('over HTTP: "Kiểm tra nhật ký" recomputes every service’s hash chains', () => {
  let database: TestDatabase;
  let pool: Pool;
  let services: INestMicroservice[] = [];
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    database = await createTestDatabase('gateway_log_verification');
    pool = new Pool({ connectionString: database.url, max: 8 });
    const stores = {
      submissions: new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions }),
      appraisal: new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal }),
      survey: new PostgresEventStore(pool, 'survey', SURVEY_LOG_OPTIONS),
    };
    for (const store of Object.values(stores)) await store.migrate();
    const urls = { submissions: await url(), appraisal: await url(), ranking: await url(), survey: await url() };
    const common = { pool, mode: 'embedded' as const, pollIntervalMs: 20 };
    services = await Promise.all([
      listen(SubmissionsModule.register({ ...common, survey: stores.survey }), submissionsGrpcOptions(urls.submissions)),
      listen(
        AppraisalModule.register({ pool, databaseUrl: database.url, mode: 'embedded', submissions: stores.submissions, eventStore: () => stores.appraisal }),
        appraisalGrpcOptions(urls.appraisal),
      ),
      listen(RankingModule.register({ ...common, sources: stores }), rankingGrpcOptions(urls.ranking)),
      listen(
        SurveyModule.register({ ...common, databaseUrl: database.url, submissions: stores.submissions, eventStore: () => stores.survey }),
        surveyGrpcOptions(urls.survey),
      ),
    ]);
    gateway = await startGatewayOnly(urls);
    for (const [method, path, body] of setupRequests()) expect((await gateway.request(method, path, { as: admin, body })).status).toBeLessThan(300);
  });
  afterAll(async () => {
    await gateway?.close();
    for (const service of services) await service.close();
    await pool?.end();
    await database?.drop();
  });

  it('an untouched log: every service ok, with the events and streams it checked', async () => {
    const reply = await gateway.request('POST', VERIFY, { as: admin });

    expect(reply.status).toBe(200);
    expect(LogVerificationsView.parse(reply.body)).toEqual(reply.body);
    const submissions = await counts('submissions');
    expect(reply.body.services).toEqual([
      { service: 'submissions', ok: true, ...submissions },
      { service: 'appraisal', ok: true, events: 0, streams: 0 },
      { service: 'ranking', ok: true, events: 0, streams: 0 },
      { service: 'survey', ok: true, events: 0, streams: 0 },
    ]);
    expect(submissions.events).toBeGreaterThan(5);
  });

  it('an event altered in the database behind the service’s back (a unit’s name): that event is named, the other logs stay ok', async () => {
    const { rows } = await pool.query<{ event_id: string; stream_id: string; stream_version: number; hash: string }>(
      `SELECT event_id, stream_id, stream_version, hash FROM submissions.events WHERE type = 'UnitRegistered' ORDER BY stream_version LIMIT 1`,
    );
    const target = rows[0];
    await tamper(`UPDATE submissions.events SET data = jsonb_set(data, '{name}', '"Sở Tư pháp (sửa lén)"') WHERE event_id = $1`, [target.event_id]);

    const reply = await gateway.request('POST', VERIFY, { as: chair });

    expect(reply.status).toBe(200);
    const [submissions, ...others] = reply.body.services;
    expect(submissions).toEqual({
      service: 'submissions',
      ok: false,
      ...(await counts('submissions')),
      firstBroken: {
        streamId: target.stream_id,
        streamVersion: target.stream_version,
        eventId: target.event_id,
        problem: 'HASH_MISMATCH',
        expected: expect.stringMatching(/^[0-9a-f]{64}$/),
        actual: target.hash,
      },
    });
    expect(others.map((other: { service: string; ok: boolean }) => [other.service, other.ok])).toEqual([
      ['appraisal', true],
      ['ranking', true],
      ['survey', true],
    ]);
  });

  it('only the province and the council chair may run it: 403 ROLE_NOT_ALLOWED for others, 401 without a token', async () => {
    for (const caller of [appraiser, headOf('so-tu-phap')]) {
      const reply = await gateway.request('POST', VERIFY, { as: caller });
      expect(reply.body).toEqual(expect.objectContaining({ status: 403, code: 'ROLE_NOT_ALLOWED' }));
    }
    expect((await gateway.request('POST', VERIFY)).status).toBe(401);
  });

  it('is documented in the OpenAPI description', async () => {
    const { body: document } = await gateway.request('GET', '/api/docs-json');
    expect(document.paths['/api/v1/log-verifications'].post.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/LogVerifications',
    });
    expect(document.paths['/api/v1/log-verifications'].post.security).toEqual([{ bearer: [] }]);
  });

  async function counts(schema: string): Promise<{ events: number; streams: number }> {
    const { rows } = await pool.query<{ events: number; streams: number }>(
      `SELECT count(*)::int AS events, count(DISTINCT stream_id)::int AS streams FROM ${schema}.events`,
    );
    return rows[0];
  }

  /** What an insider with database rights might do: switch off the append-only trigger and edit the log. */
  async function tamper(sql: string, values: unknown[]): Promise<void> {
    await pool.query('ALTER TABLE submissions.events DISABLE TRIGGER events_are_append_only');
    await pool.query(sql, values);
    await pool.query('ALTER TABLE submissions.events ENABLE TRIGGER events_are_append_only');
  }
});

async function url(): Promise<string> {
  return `127.0.0.1:${await freePort()}`;
}

async function listen(module: Parameters<typeof NestFactory.createMicroservice>[0], options: object): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(module, { ...options, logger: ['error'] });
  await app.listen();
  return app;
}
