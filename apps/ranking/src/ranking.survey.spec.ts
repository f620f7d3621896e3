import { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS, resultsToJson, type ResultsDocument } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import type { EventEnvelope } from '@par/contracts';
import { Pool } from 'pg';
import { computeRankingResults } from './domain/results/compute-ranking-results';
import { GetAuditTrailQuery } from './get-audit-trail/get-audit-trail.query';
import { GetResultsQuery } from './get-results/get-results.query';
import { RankingConsumers } from './infrastructure/ranking-consumers';
import { openReadModels } from './infrastructure/read-models';
import { CycleScoresReader } from './projections/cycle-scores/cycle-scores.reader';
import { RankingModule } from './ranking.module';
import { applyDirectly, envelopesOf } from './testing/apply-directly';
import { SourceLogs, StepClock } from './testing/source-logs';
import { SurveyLog } from './testing/survey-log';
import { CRITERIA_WITH_SURVEY } from './testing/survey-criteria';
import { admin, appraiser, chair, CYCLE, departmentX, otherDepartments, setUpCycle } from './testing/worked-example.scenario';

jest.setTimeout(60_000);

const row = (results: ResultsDocument, unit: string) => results.groups[0].results.find((result) => result.unit === unit);

describe('ranking with the survey service as a third source (embedded, real PostgreSQL): survey-held leaf 1.3', () => {
  let database: TestDatabase;
  let pool: Pool;
  let logs: SourceLogs;
  let survey: SurveyLog;
  let submissions: PostgresEventStore;
  let appraisal: PostgresEventStore;
  let surveyStore: PostgresEventStore;
  let app: INestApplicationContext;
  let queries: QueryBus;
  const caughtUp = () => app.get(RankingConsumers).caughtUp();
  const results = (): Promise<ResultsDocument> => queries.execute(new GetResultsQuery(CYCLE));
  const trailOf = (unitId: string) => queries.execute(new GetAuditTrailQuery(CYCLE, unitId, '1.3'));

  beforeAll(async () => {
    database = await createTestDatabase('ranking_survey');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    appraisal = new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal });
    surveyStore = new PostgresEventStore(pool, 'survey');
    for (const store of [submissions, appraisal, surveyStore]) await store.migrate();
    const clock = new StepClock('2025-11-01T00:00:00.000Z');
    logs = new SourceLogs(submissions, appraisal, clock);
    survey = new SurveyLog(surveyStore, clock);
    await setUpCycle(logs, CRITERIA_WITH_SURVEY);
    await departmentX(logs);

    app = await NestFactory.createApplicationContext(
      RankingModule.register({ pool, mode: 'embedded', sources: { submissions, appraisal, survey: surveyStore }, pollIntervalMs: 20 }),
      { logger: ['error'], abortOnError: false },
    );
    queries = app.get(QueryBus);
    await otherDepartments(logs);
    await caughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it('before any survey value, the appraisal stands: X finalized with 1.3 at 0.00 is 3.00 / 7.00', async () => {
    expect(row(await results(), 'so-x')).toMatchObject({ appraisedTotal: '3.00', applicableMax: '7.00', index: '42.86', class: 'YEU' });
  });

  it("survey after the finalization: X's 1.3 takes 2.5 × 81.50 % = 2.04 over the appraisal's 0.00 (5.04 / 7.00 = 72.00, Khá)", async () => {
    await survey.apply({ campaignId: 'sipas-2025', unitId: 'so-x', criterion: '1.3', points: '2.04', index: '81.50', respondents: 412, answers: 4120 });
    await caughtUp();
    expect(row(await results(), 'so-x')).toMatchObject({ selfTotal: '4.50', appraisedTotal: '5.04', applicableMax: '7.00', index: '72.00', class: 'KHA' });
  });

  it('audits it as stage survey, from nothing to 2.04, by the admin who applied it, with the campaign, index and respondents', async () => {
    const trail = await trailOf('so-x');
    expect(trail.map((entry) => [entry.stage, entry.from, entry.to, entry.actor, entry.role, entry.reason])).toEqual([
      ['survey', null, '2.04', admin.userId, 'PROVINCE_ADMIN', 'Khảo sát sipas-2025: chỉ số 81,50 %, 412 người trả lời'],
    ]);
    expect(trail[0].actorUnitId).toBe(admin.unitId);
  });

  it("survey before the finalization: A's 1.3 at 90.00 % stands when the finalization (1.3 at 0.00) arrives after it", async () => {
    await survey.apply({ campaignId: 'sipas-2025', unitId: 'so-a', criterion: '1.3', points: '2.25', index: '90.00', respondents: 1234, answers: 9000 });
    await caughtUp();
    const before = row(await results(), 'so-a');
    const a = (command: object) => logs.appraise(CYCLE, 'so-a', command as never);
    for (const criterion of ['1.1', '3.2', '6.4', '7.3']) await a({ type: 'AppraiseCriterion', actor: appraiser, criterion, accept: true });
    await a({ type: 'SendResultToUnit', actor: appraiser, explanationWindowDays: 5, now: logs.now() });
    await a({ type: 'FinalizeAppraisal', actor: chair, now: logs.now() });
    await caughtUp();
    expect(row(await results(), 'so-a')).toEqual(before);
    expect(before).toMatchObject({ rank: 1, appraisedTotal: '7.75', applicableMax: '8.00', index: '96.88', class: 'XUAT_SAC' });
    expect((await trailOf('so-a')).map((entry) => entry.reason)).toEqual(['Khảo sát sipas-2025: chỉ số 90,00 %, 1.234 người trả lời']);
  });

  it("a late batch applied again records the new value, from the one before: X's 1.3 moves 2.04 → 2.08", async () => {
    await survey.apply({
      campaignId: 'sipas-2025',
      unitId: 'so-x',
      criterion: '1.3',
      points: '2.08',
      index: '83.00',
      respondents: 430,
      answers: 4300,
      basis: ['batch-1', 'batch-2'],
    });
    await caughtUp();
    expect((await trailOf('so-x')).map((entry) => [entry.stage, entry.from, entry.to])).toEqual([
      ['survey', null, '2.04'],
      ['survey', '2.04', '2.08'],
    ]);
    expect(row(await results(), 'so-x')).toMatchObject({ appraisedTotal: '5.08', index: '72.57' });
  });

  it("two campaigns scoring one leaf: the one applied latest (occurredAt) is in force, Y's 1.3 1.25 → 1.50", async () => {
    await survey.apply({ campaignId: 'sipas-2025', unitId: 'so-y', criterion: '1.3', points: '1.25', index: '50.00', respondents: 20, answers: 200 });
    await survey.apply({ campaignId: 'xhh-2025', unitId: 'so-y', criterion: '1.3', points: '1.50', index: '60.00', respondents: 35, answers: 350 });
    await caughtUp();
    expect((await trailOf('so-y')).map((entry) => [entry.from, entry.to, entry.reason])).toEqual([
      [null, '1.25', 'Khảo sát sipas-2025: chỉ số 50,00 %, 20 người trả lời'],
      ['1.25', '1.50', 'Khảo sát xhh-2025: chỉ số 60,00 %, 35 người trả lời'],
    ]);
    // 1.00 + 1.50 + 1.00 + 1.00 over 7.00 (6.4 set up not applicable).
    expect(row(await results(), 'so-y')).toMatchObject({ appraisedTotal: '4.50', applicableMax: '7.00', index: '64.29', class: 'TRUNG_BINH' });
  });

  it('ranks the group on those values: A, X, Y', async () => {
    expect((await results()).groups[0].results.map((result) => [result.rank, result.unit, result.index])).toEqual([
      [1, 'so-a', '96.88'],
      [2, 'so-x', '72.57'],
      [3, 'so-y', '64.29'],
    ]);
  });

  describe('redelivery and order', () => {
    const everything = async () => [
      ...(await envelopesOf(submissions, 'submissions')),
      ...(await envelopesOf(appraisal, 'appraisal')),
      ...(await envelopesOf(surveyStore, 'survey')),
    ];
    const snapshot = async () => ({
      results: resultsToJson(await results()),
      audit: [await trailOf('so-x'), await trailOf('so-a'), await trailOf('so-y')],
      surveyValues: (await pool.query('SELECT * FROM ranking.survey_values ORDER BY unit_id, campaign_id')).rows,
      auditRows: Number((await pool.query('SELECT count(*) FROM ranking.audit_entries')).rows[0].count),
    });

    it('applying every event a second time, newest first and without the processed marks, changes nothing', async () => {
      const before = await snapshot();
      await applyDirectly(pool, (await everything()).reverse());
      expect(await snapshot()).toEqual(before);
    });

    /** A fresh read model fed the sources in `order`, each newest first: its results. */
    async function resultsFedInOrder(order: readonly string[], events: readonly EventEnvelope[]): Promise<string> {
      const other = await createTestDatabase('ranking_survey_order');
      const otherPool = new Pool({ connectionString: other.url, max: 2 });
      const readModels = await openReadModels(otherPool);
      try {
        await applyDirectly(
          otherPool,
          order.flatMap((source) => events.filter((event) => event.source === source).reverse()),
        );
        return resultsToJson(computeRankingResults(await new CycleScoresReader(readModels).load(CYCLE)));
      } finally {
        await readModels.destroy();
        await otherPool.end();
        await other.drop();
      }
    }

    it('survey points before every appraisal event, or after them, give the same results as the live service', async () => {
      const events = await everything();
      const live = resultsToJson(await results());
      expect(await resultsFedInOrder(['survey', 'appraisal', 'submissions'], events)).toBe(live);
      expect(await resultsFedInOrder(['submissions', 'appraisal', 'survey'], events)).toBe(live);
    });
  });
});
