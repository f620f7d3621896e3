import 'reflect-metadata';
import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS } from '@par/contracts';
import { sipas2025CampaignFile } from '@par/contracts/testing';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, freePort, refusalOf, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { SurveyRuntime } from './infrastructure/survey.runtime';
import { surveyGrpcOptions } from './infrastructure/survey-grpc-options';
import { SURVEY_SCHEMA } from './survey.config';
import { SurveyModule } from './survey.module';
import { DEPARTMENTS, DISTRICTS, generateSipasResponses, handIndex, setUpDemoCycle, surveyGrpcClient, SurveyGrpcClient } from './testing';

jest.setTimeout(60_000);

// Embedded mode on real PostgreSQL, driven through a real gRPC client as the gateway will drive it: the
// SIPAS 2025 campaign of the demo cycle, its responses streamed in small pieces.

const INVALID_ARGUMENT = 3;
const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;

const admin = { userId: 'le.thi.c', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const reporter = { userId: 'canbo.so-tu-phap', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' };
const UNITS = [...DEPARTMENTS, ...DISTRICTS];
const CAMPAIGN = 'sipas-2025';

describe('survey service over gRPC (embedded, real PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let app: INestMicroservice;
  let client: SurveyGrpcClient;
  const responses = generateSipasResponses(UNITS, 20);
  const file = Buffer.from(responses.csv, 'utf8');

  beforeAll(async () => {
    database = await createTestDatabase('survey_grpc');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    const submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    await submissions.migrate();
    await setUpDemoCycle(submissions);
    const url = `127.0.0.1:${await freePort()}`;
    app = await NestFactory.createMicroservice(SurveyModule.register({ pool, mode: 'embedded', submissions, pollIntervalMs: 20 }), {
      ...surveyGrpcOptions(url),
      logger: ['error'],
    });
    await app.listen();
    await app.get(SurveyRuntime).catalogueCaughtUp();
    client = surveyGrpcClient(url);
  });

  afterAll(async () => {
    client?.close();
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it('refuses a campaign file that is not JSON, naming campaignJson', async () => {
    const refusal = await refusalOf(client.call.OpenCampaign({ actor: admin, campaignJson: '{"format": ' }));
    expect(refusal).toMatchObject({ grpcStatus: INVALID_ARGUMENT, code: 'REQUEST_INVALID', field: 'campaignJson' });
  });

  it("refuses a unit reporter's campaign (PROVINCE_ADMIN only)", async () => {
    const refusal = await refusalOf(client.call.OpenCampaign({ actor: reporter, campaignJson: JSON.stringify(sipas2025CampaignFile()) }));
    expect(refusal).toMatchObject({ grpcStatus: PERMISSION_DENIED, code: 'ROLE_NOT_ALLOWED' });
  });

  it('opens the campaign once; the same file again appends nothing', async () => {
    const campaignJson = JSON.stringify(sipas2025CampaignFile());
    expect(await client.call.OpenCampaign({ actor: admin, campaignJson })).toEqual({ streamId: `campaign:${CAMPAIGN}`, version: 1, eventsAppended: 1 });
    expect(await client.call.OpenCampaign({ actor: admin, campaignJson })).toEqual({ streamId: `campaign:${CAMPAIGN}`, version: 1, eventsAppended: 0 });
  });

  it('refuses a stream whose first message lacks the actor, the campaign or a known format', async () => {
    const header = { actor: admin, campaignId: CAMPAIGN, format: 'csv' };
    expect(await refusalOf(client.recordResponses({ ...header, actor: undefined }, file))).toMatchObject({ code: 'ACTOR_INVALID', field: 'actor.userId' });
    expect(await refusalOf(client.recordResponses({ ...header, campaignId: '' }, file))).toMatchObject({ code: 'REQUEST_INVALID', field: 'campaignId' });
    const xlsx = await refusalOf(client.recordResponses({ ...header, format: 'xlsx'.repeat(100) }, file));
    expect(xlsx).toMatchObject({ grpcStatus: INVALID_ARGUMENT, code: 'REQUEST_INVALID', field: 'format' });
    expect(xlsx.message.length).toBeLessThan(100);
    const unknown = await refusalOf(client.recordResponses({ ...header, campaignId: 'papi-2099' }, file));
    expect(unknown).toMatchObject({ grpcStatus: NOT_FOUND, code: 'CAMPAIGN_NOT_FOUND' });
  });

  it('imports a file streamed in 1 KB pieces, in order: accepted rows, rejected rows with line and code; the same file again is recorded once', async () => {
    const recorded = await client.recordResponses({ actor: admin, campaignId: CAMPAIGN, format: 'csv' }, file, { pieceSize: 1024 });
    expect(recorded).toMatchObject({ batchId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), accepted: responses.goodRows, alreadyRecorded: false });
    expect(recorded.rejected.map((row) => [row.line, row.code])).toEqual([...responses.badLines]);
    expect(recorded.rejectedCount).toBe(responses.badLines.size);
    const again = await client.recordResponses({ actor: admin, campaignId: CAMPAIGN, format: 'csv' }, file, { pieceSize: 7_000 });
    expect(again).toMatchObject({ batchId: recorded.batchId, accepted: responses.goodRows, alreadyRecorded: true });
    const rows = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SURVEY_SCHEMA}.answers`);
    expect(rows.rows[0].n).toBe(responses.goodRows);
  });

  it("gives each unit's index as a string, the province's too, and the batches counted", async () => {
    await app.get(SurveyRuntime).campaignsCaughtUp();
    const results = await client.call.GetSurveyResults({ campaignId: CAMPAIGN });
    expect(results.campaignId).toBe(CAMPAIGN);
    expect(results.basis).toHaveLength(1);
    expect(results.units.map((unit) => [unit.unitId, unit.respondents, unit.index]).sort()).toEqual(
      UNITS.map((unit) => {
        const tally = responses.tally.get(unit)!;
        return [unit, tally.respondents.size, handIndex(tally.satisfied, tally.answers)];
      }).sort(),
    );
    expect(results.province).toMatchObject({
      respondents: 100,
      index: expect.stringMatching(/^\d+\.\d{2}$/),
      ci: { low: expect.any(String), high: expect.any(String) },
    });
    expect(await refusalOf(client.call.GetSurveyResults({ campaignId: '' }))).toMatchObject({ code: 'REQUEST_INVALID', field: 'campaignId' });
  });

  it('applies the points to every survey-held leaf of every unit once; again changes nothing', async () => {
    const applied = await client.call.ApplySurveyPoints({ actor: admin, campaignId: CAMPAIGN });
    // Departments hold 3.5 and 8.5 by survey, districts 3.7: 3 × 2 + 2 × 1 leaves.
    expect(applied).toEqual({ streamId: `campaign:${CAMPAIGN}`, version: 10, eventsAppended: 8 });
    expect(await client.call.ApplySurveyPoints({ actor: admin, campaignId: CAMPAIGN })).toMatchObject({ version: 10, eventsAppended: 0 });
  });
});
