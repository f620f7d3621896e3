import { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS, resultsToJson } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { computeRankingResults } from '../../domain/results/compute-ranking-results';
import { GetResultsQuery, GetRevisedResultsQuery } from '../../get-results/get-results.query';
import { RankingConsumers } from '../../infrastructure/ranking-consumers';
import { RANKING_SCHEMA } from '../../infrastructure/ranking-schema';
import { RankingModule } from '../../ranking.module';
import { SourceLogs, StepClock } from '../../testing/source-logs';
import { appraiser, CYCLE, departmentX, otherDepartments, setUpCycle } from '../../testing/worked-example.scenario';
import { CycleScoresReader } from '../cycle-scores/cycle-scores.reader';

jest.setTimeout(60_000);

describe('the results read model (real PostgreSQL): computed once per change, served from its table', () => {
  let database: TestDatabase;
  let pool: Pool;
  let logs: SourceLogs;
  let app: INestApplicationContext;
  let queries: QueryBus;
  const caughtUp = () => app.get(RankingConsumers).caughtUp();
  const results = () => queries.execute(new GetResultsQuery(CYCLE));
  const stored = async () =>
    (
      await pool.query<{ revision: string; current: string }>(
        `SELECT c.revision::text AS revision, (SELECT sum(revision)::text FROM ${RANKING_SCHEMA}.results_revisions WHERE cycle_id = $1) AS current
           FROM ${RANKING_SCHEMA}.cycle_results c WHERE c.cycle_id = $1`,
        [CYCLE],
      )
    ).rows[0];

  const current = async () => {
    const row = await stored();
    return row !== undefined && row.revision === row.current;
  };

  beforeAll(async () => {
    database = await createTestDatabase('ranking_results');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    const submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    const appraisal = new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal });
    await submissions.migrate();
    await appraisal.migrate();
    logs = new SourceLogs(submissions, appraisal, new StepClock('2025-11-01T00:00:00.000Z'));
    await setUpCycle(logs);
    await departmentX(logs);
    await otherDepartments(logs);
    app = await NestFactory.createApplicationContext(
      RankingModule.register({ pool, mode: 'embedded', sources: { submissions, appraisal }, pollIntervalMs: 20, resultsRefreshIntervalMs: 20 }),
      { logger: ['error'], abortOnError: false },
    );
    queries = app.get(QueryBus);
    await caughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it('stores the cycle’s table at the revision the consumers left it at, without a reader asking', async () => {
    await until(current);
    const row = await pool.query<{ document: string }>(`SELECT document::text FROM ${RANKING_SCHEMA}.cycle_results WHERE cycle_id = $1`, [CYCLE]);
    const recomputed = computeRankingResults(await app.get(CycleScoresReader).load(CYCLE));
    expect(resultsToJson(JSON.parse(row.rows[0].document))).toBe(resultsToJson(recomputed));
  });

  it('serves the table without computing it again while nothing changed', async () => {
    await until(current);
    const load = jest.spyOn(app.get(CycleScoresReader), 'loadWithRevision');
    try {
      for (let read = 0; read < 20; read++) expect((await results()).cycle).toBe(CYCLE);
      expect((await queries.execute(new GetResultsQuery(CYCLE, 'departments'))).groups.map((group) => group.group)).toEqual(['departments']);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });

  it('tells a reader whose copy is current that it is unchanged, and one whose copy is older the new table', async () => {
    const first = await queries.execute(new GetRevisedResultsQuery(CYCLE, undefined, undefined));
    if (first.unchanged) throw new Error('a reader with no copy gets the table');
    expect(first.revision).not.toBe('');
    expect(await queries.execute(new GetRevisedResultsQuery(CYCLE, undefined, first.revision))).toEqual({ unchanged: true, revision: first.revision });
    expect((await queries.execute(new GetRevisedResultsQuery(CYCLE, undefined, '1.1'))).unchanged).toBe(false);
  });

  it('shows a change on the first read after it: the appraiser lowers so-a’s 3.2 with a reason', async () => {
    const before = (await results()).groups[0].results.find((row) => row.unit === 'so-a');
    expect(before?.appraisedTotal).toBe('5.50');
    await logs.appraise(CYCLE, 'so-a', {
      type: 'AppraiseCriterion',
      actor: appraiser,
      criterion: '3.2',
      points: '1',
      reason: '92% hồ sơ đúng hạn',
    } as never);
    await caughtUp();
    const after = await results();
    expect(after.cycle).toBe(CYCLE);
    expect(after.groups[0].results.find((row) => row.unit === 'so-a')?.appraisedTotal).toBe('4.50');
    expect(resultsToJson(after)).toBe(resultsToJson(computeRankingResults(await app.get(CycleScoresReader).load(CYCLE))));
  });

  it('answers many simultaneous readers after a change with one computation, all the same table', async () => {
    await logs.appraise(CYCLE, 'so-a', { type: 'AppraiseCriterion', actor: appraiser, criterion: '3.2', accept: true } as never);
    await caughtUp();
    const load = jest.spyOn(app.get(CycleScoresReader), 'loadWithRevision');
    try {
      const tables = await Promise.all(Array.from({ length: 20 }, () => results()));
      expect(new Set(tables.map((table) => resultsToJson(table))).size).toBe(1);
      expect(tables[0].groups[0].results.find((row) => row.unit === 'so-a')?.appraisedTotal).toBe('5.50');
      expect(load.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      load.mockRestore();
    }
  });

  it('refuses a cycle it does not know, storing nothing', async () => {
    await expect(queries.execute(new GetResultsQuery('no-such-cycle'))).rejects.toMatchObject({ code: 'CYCLE_NOT_FOUND' });
    expect((await pool.query(`SELECT 1 FROM ${RANKING_SCHEMA}.cycle_results WHERE cycle_id = 'no-such-cycle'`)).rowCount).toBe(0);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
