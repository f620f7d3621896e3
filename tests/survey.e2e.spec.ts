import type { INestApplication, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { eventsTopic } from '@par/contracts';
import { createKafka, ensureTopics } from '@par/messaging';
import { createTestDatabase, deleteTopics, freePort, kafkaBrokers, refusalOf, TestDatabase } from '@par/testing';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { appraisalGrpcOptions, AppraisalModule } from '@par/appraisal';
import { createGatewayApp, DevTokenClaims, signDevToken } from '@par/gateway';
import { RankingModule, rankingGrpcOptions } from '@par/ranking';
import { submissionsGrpcOptions, SubmissionsModule } from '@par/submissions';
import { surveyGrpcOptions, SurveyModule } from '@par/survey';
import { surveyGrpcClient, type SurveyGrpcClient } from '@par/survey/testing';
import { eventually, HttpReply } from './support/platform';
import { admin, headOf, reporterOf, scoreBody } from './support/small-province.scenario';

jest.setTimeout(180_000);

// Distributed mode with the survey service: submissions, appraisal, survey and ranking each on its own
// schema, meeting only through real Kafka topics (run-unique). The cycle is set up through the gateway; the
// survey is driven over its own gRPC API (no gateway routes yet): a campaign opened, responses streamed,
// points applied, and ranking's results and audit follow par.survey.events.v1.

const run = randomBytes(3).toString('hex');
const CYCLE = `tinh-khao-sat-${run}`;
const CAMPAIGN = `sipas-e2e-${run}`;
const SECRET = 'e2e-secret-for-the-gateway-only-0123456789';
const adminActor = { userId: admin.sub, role: admin.role, unitId: admin.unitId ?? '' };

/** Departments: 1.1 scored by the units themselves (max 2), 3.5 held by the survey (max 4). */
const criteria = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [{ code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 2, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [{ code: '3.5', title: 'Mức độ hài lòng về giải quyết TTHC (SIPAS)', maxPoints: 4, method: { kind: 'manual', step: 0.01 }, source: 'survey' }],
  },
];
const thresholds = [
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];
const units = [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', self: '2.00' },
  { id: 'so-y-te', name: 'Sở Y tế', self: '1.50' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', self: '1.00' },
];

const campaignFile = {
  format: 'par-survey/1',
  campaign: { id: CAMPAIGN, cycle: CYCLE, kind: 'SIPAS', title: 'Khảo sát SIPAS (kiểm thử)' },
  questionnaire: {
    scale: { min: 1, max: 5, satisfied: [4, 5] },
    aspects: [
      {
        code: 'TC',
        title: 'Tiếp cận dịch vụ',
        questions: [
          { code: 'TC1', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
          { code: 'TC2', text: 'Dễ dàng tìm hiểu thông tin về thủ tục hành chính' },
        ],
      },
    ],
  },
  scoring: [{ criterion: '3.5', group: 'departments' }],
};

/** Four respondents per unit, two questions each: Tư pháp 0 % satisfied, Y tế 50 %, Xây dựng 100 %; one row of an unknown unit. */
function responsesCsv(): string {
  const answers: Record<string, number[]> = { 'so-tu-phap': [2, 2, 1, 3], 'so-y-te': [5, 5, 1, 2], 'so-xay-dung': [4, 5, 5, 4] };
  const lines = ['respondent,unit,question,answer'];
  Object.entries(answers).forEach(([unit, byPerson], position) =>
    byPerson.forEach((answer, person) => {
      for (const question of ['TC1', 'TC2']) lines.push(`PV-${position}${person},${unit},${question},${answer}`);
    }),
  );
  lines.push('PV-99,so-khong-co,TC1,5');
  return lines.join('\n') + '\n';
}

describe('the survey service, distributed over Kafka: campaign → responses → points → ranking', () => {
  let database: TestDatabase;
  const pools: Pool[] = [];
  const services: INestMicroservice[] = [];
  let gateway: INestApplication;
  let origin: string;
  let survey: SurveyGrpcClient;
  const relayAs = { submissions: `submissions-e2e-${run}`, appraisal: `appraisal-e2e-${run}`, survey: `survey-e2e-${run}` };
  const topics = { submissions: eventsTopic(relayAs.submissions), appraisal: eventsTopic(relayAs.appraisal), survey: eventsTopic(relayAs.survey) };

  async function request(method: string, path: string, options: { as?: DevTokenClaims; body?: unknown } = {}): Promise<HttpReply> {
    const headers: Record<string, string> = {};
    if (options.as) headers.authorization = `Bearer ${await signDevToken(options.as, SECRET)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${origin}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    return { status: response.status, contentType, body: /json/.test(contentType) && text ? JSON.parse(text) : text };
  }
  async function ok(method: string, path: string, options: { as?: DevTokenClaims; body?: unknown } = {}): Promise<HttpReply> {
    const reply = await request(method, path, options);
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }
  function newPool(): Pool {
    const created = new Pool({ connectionString: database.url, max: 5 });
    created.on('error', () => undefined);
    pools.push(created);
    return created;
  }
  async function listen(module: Parameters<typeof NestFactory.createMicroservice>[0], grpcOptions: (url: string) => object): Promise<string> {
    const url = `127.0.0.1:${await freePort()}`;
    const app = await NestFactory.createMicroservice(module, { ...grpcOptions(url), logger: ['error', 'warn'] });
    await app.listen();
    services.push(app);
    return url;
  }
  const results = async () => (await ok('GET', `/api/v1/cycles/${CYCLE}/results`, { as: admin })).body;
  const rows = (document: { groups: { results: { rank: number; unit: string; appraisedTotal: string; index: string }[] }[] }) =>
    document.groups[0].results.map((row) => [row.rank, row.unit, row.appraisedTotal, row.index]);

  beforeAll(async () => {
    database = await createTestDatabase('e2e_survey');
    const kafka = createKafka({ brokers: kafkaBrokers(), clientId: `e2e-survey-${run}`, logLevel: 'error' });
    await ensureTopics(
      kafka,
      Object.values(topics).map((topic) => ({ topic, partitions: 3 })),
    );
    const submissionsUrl = await listen(
      SubmissionsModule.register({ pool: newPool(), mode: 'distributed', kafkaBrokers: kafkaBrokers(), relayAs: relayAs.submissions, pollIntervalMs: 20 }),
      submissionsGrpcOptions,
    );
    const appraisalUrl = await listen(
      AppraisalModule.register({
        pool: newPool(),
        databaseUrl: database.url,
        mode: 'distributed',
        kafka: { brokers: kafkaBrokers(), submissionsTopics: [topics.submissions], startsGroupId: `appraisal.starts.${run}`, relayAs: relayAs.appraisal },
      }),
      appraisalGrpcOptions,
    );
    const surveyUrl = await listen(
      SurveyModule.register({
        pool: newPool(),
        mode: 'distributed',
        pollIntervalMs: 20,
        kafka: { brokers: kafkaBrokers(), submissionsTopics: [topics.submissions], catalogueGroupId: `survey.catalogue.${run}`, relayAs: relayAs.survey },
      }),
      surveyGrpcOptions,
    );
    const rankingUrl = await listen(
      RankingModule.register({ pool: newPool(), mode: 'distributed', sources: { kafka, topics, survey: true, groupIdSuffix: `.${run}` } }),
      rankingGrpcOptions,
    );
    gateway = await createGatewayApp({ services: { submissions: submissionsUrl, appraisal: appraisalUrl, ranking: rankingUrl }, auth: { secret: SECRET } });
    const port = await freePort();
    await gateway.listen(port, '127.0.0.1');
    origin = `http://127.0.0.1:${port}`;
    survey = surveyGrpcClient(surveyUrl);
  });

  afterAll(async () => {
    survey?.close();
    await gateway?.close();
    // Ranking first (it consumes the others' topics), submissions last (the others consume its log).
    for (const app of services.reverse()) await app.close();
    for (const each of pools) await each.end();
    await database?.drop();
    await deleteTopics(kafkaBrokers(), Object.values(topics)).catch(() => undefined);
  });

  it('the province admin sets up a cycle whose departments hold 3.5 by survey; the units self-assess 1.1 and submit', async () => {
    const cycle = `/api/v1/cycles/${CYCLE}`;
    await ok('POST', '/api/v1/cycles', {
      as: admin,
      body: { cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025 (khảo sát)', evaluator: 'ubnd-tinh-demo', thresholds },
    });
    await ok('POST', `${cycle}/criteria-sets`, { as: admin, body: { criteriaSetId: 'set-departments', criteria } });
    await ok('POST', `${cycle}/groups`, { as: admin, body: { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' } });
    for (const unit of units) await ok('POST', `${cycle}/units`, { as: admin, body: { unitId: unit.id, name: unit.name, groupId: 'departments' } });
    await ok('POST', `${cycle}/deadlines`, { as: admin, body: { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 } });
    await ok('POST', `${cycle}/open`, { as: admin });
    for (const unit of units) {
      await ok('PUT', `${cycle}/units/${unit.id}/self-assessment/scores/1.1`, { as: reporterOf(unit.id), body: scoreBody(unit.id, '1.1', unit.self) });
      await ok('POST', `${cycle}/units/${unit.id}/self-assessment/submit`, { as: headOf(unit.id) });
    }
    // Before any survey: 3.5 counts 0 of its 4 points.
    const before = await eventually(async () => {
      const document = await results();
      expect(rows(document)).toEqual([
        [1, 'so-tu-phap', '2.00', '33.33'],
        [2, 'so-y-te', '1.50', '25.00'],
        [3, 'so-xay-dung', '1.00', '16.67'],
      ]);
      return document;
    }, 60_000);
    expect(before.cycle).toBe(CYCLE);
  });

  it('the campaign opens once the survey service has the cycle from par.submissions.events.v1', async () => {
    const campaignJson = JSON.stringify(campaignFile);
    const opened = await eventually(() => survey.call.OpenCampaign({ actor: adminActor, campaignJson }), 60_000);
    expect(opened).toMatchObject({ streamId: `campaign:${CAMPAIGN}`, version: 1 });
    const unknownCycle = await refusalOf(
      survey.call.OpenCampaign({
        actor: adminActor,
        campaignJson: JSON.stringify({ ...campaignFile, campaign: { ...campaignFile.campaign, id: `${CAMPAIGN}-x`, cycle: 'tinh-2099' } }),
      }),
    );
    expect(unknownCycle).toMatchObject({ code: 'CYCLE_UNKNOWN', field: 'campaign.cycle' });
  });

  it('responses streamed over gRPC are imported as one batch, the bad row named by line', async () => {
    const recorded = await survey.recordResponses({ actor: adminActor, campaignId: CAMPAIGN, format: 'csv' }, Buffer.from(responsesCsv(), 'utf8'), {
      pieceSize: 50,
    });
    expect(recorded).toMatchObject({ accepted: 24, rejectedCount: 1, alreadyRecorded: false });
    expect(recorded.rejected).toEqual([expect.objectContaining({ line: 26, code: 'UNIT_UNKNOWN' })]);
    // The indices count the batches the campaigns read model has caught up with: eventually this one.
    await eventually(async () => {
      const indices = await survey.call.GetSurveyResults({ campaignId: CAMPAIGN });
      expect(indices.units.map((unit) => [unit.unitId, unit.respondents, unit.index]).sort()).toEqual([
        ['so-tu-phap', 4, '0.00'],
        ['so-xay-dung', 4, '100.00'],
        ['so-y-te', 4, '50.00'],
      ]);
      expect(indices.basis).toEqual([recorded.batchId]);
    });
  });

  it("applying the points moves ranking's results over Kafka: Xây dựng first, Tư pháp last", async () => {
    const applied = await survey.call.ApplySurveyPoints({ actor: adminActor, campaignId: CAMPAIGN });
    expect(applied.eventsAppended).toBe(3);
    const after = await eventually(async () => {
      const document = await results();
      expect(rows(document)).toEqual([
        [1, 'so-xay-dung', '5.00', '83.33'],
        [2, 'so-y-te', '3.50', '58.33'],
        [3, 'so-tu-phap', '2.00', '33.33'],
      ]);
      return document;
    }, 60_000);
    expect(after.groups[0].results[0].class).toBe('TOT');
  });

  it('the audit of the survey-held leaf shows stage survey, with the campaign in its reason', async () => {
    const trail = await eventually(async () => {
      const reply = await ok('GET', `/api/v1/cycles/${CYCLE}/units/so-xay-dung/audit?criterion=3.5`, { as: headOf('so-xay-dung') });
      expect(reply.body.entries).toHaveLength(1);
      return reply.body.entries;
    });
    expect(trail[0]).toEqual(expect.objectContaining({ stage: 'survey', fromPoints: null, toPoints: '4.00', actor: admin.sub, role: 'PROVINCE_ADMIN' }));
    expect(trail[0].reason).toContain(CAMPAIGN);
  });
});
