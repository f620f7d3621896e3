import { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { computeCycleResults, resultsToJson, LOG_UPCASTERS } from '@par/contracts';
// The reference fixture of the worked example (test only).
import { workedExampleFile } from '@par/contracts/testing';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { CorrectDecisionCommand } from './correct-decision/correct-decision.command';
import { computeRankingResults } from './domain/results/compute-ranking-results';
import { GetAuditTrailQuery } from './get-audit-trail/get-audit-trail.query';
import { GetPublishedDecisionsQuery } from './get-published-decisions/get-published-decisions.query';
import { GetResultsQuery } from './get-results/get-results.query';
import { RankingConsumers } from './infrastructure/ranking-consumers';
import { openReadModels } from './infrastructure/read-models';
import { CycleScoresReader } from './projections/cycle-scores/cycle-scores.reader';
import { PublishDecisionCommand } from './publish-decision/publish-decision.command';
import { RankingModule } from './ranking.module';
import { applyDirectly, envelopesOf } from './testing/apply-directly';
import { SourceLogs, StepClock } from './testing/source-logs';
import {
  admin,
  appraiser,
  COUNCIL_VOTES,
  CYCLE,
  departmentX,
  otherDepartments,
  REASON_7_3,
  REASON_COUNCIL,
  setUpCycle,
  X_NAME,
} from './testing/worked-example.scenario';

jest.setTimeout(60_000);

describe('ranking service (embedded, real PostgreSQL): the worked example, a second department and a tie', () => {
  let database: TestDatabase;
  let pool: Pool;
  let logs: SourceLogs;
  let submissions: PostgresEventStore;
  let appraisal: PostgresEventStore;
  let app: INestApplicationContext;
  let queries: QueryBus;
  let commands: CommandBus;
  const caughtUp = () => app.get(RankingConsumers).caughtUp();

  beforeAll(async () => {
    database = await createTestDatabase('ranking');
    pool = new Pool({ connectionString: database.url, max: 8 });
    // An idle connection ended by the server (a restart, a shared machine) is replaced, not fatal.
    pool.on('error', () => undefined);
    submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    appraisal = new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal });
    await submissions.migrate();
    await appraisal.migrate();
    logs = new SourceLogs(submissions, appraisal, new StepClock('2025-11-01T00:00:00.000Z'));
    await setUpCycle(logs);
    await departmentX(logs);

    app = await NestFactory.createApplicationContext(
      RankingModule.register({ pool, mode: 'embedded', sources: { submissions, appraisal }, pollIntervalMs: 20 }),
      {
        logger: ['error'],
        abortOnError: false,
      },
    );
    queries = app.get(QueryBus);
    commands = app.get(CommandBus);
    // The other departments arrive while the service runs.
    await otherDepartments(logs);
    await caughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it("ranks X at 3.00 / 4.50 = 66.67 (Khá), tied with Y behind A: ranks 1, 2, 2, in INTERCHANGE.md's JSON", async () => {
    const results = await queries.execute(new GetResultsQuery(CYCLE));
    // v1's keys here; v1.1's component indices (`fields`, last in each row) in the next test.
    const v1 = { ...results, groups: results.groups.map((group) => ({ ...group, results: group.results.map(({ fields: _fields, ...row }) => row) })) };
    expect(resultsToJson(v1)).toBe(
      JSON.stringify(
        {
          cycle: CYCLE,
          groups: [
            {
              group: 'departments',
              results: [
                { rank: 1, unit: 'so-a', name: 'Sở A', selfTotal: '5.50', appraisedTotal: '5.50', applicableMax: '5.50', index: '100.00', class: 'XUAT_SAC' },
                { rank: 2, unit: 'so-x', name: X_NAME, selfTotal: '4.50', appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67', class: 'KHA' },
                { rank: 2, unit: 'so-y', name: 'Sở Y', selfTotal: '3.00', appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67', class: 'KHA' },
              ],
            },
          ],
        },
        null,
        2,
      ),
    );
  });

  it("gives X's component index of each field, the deduction in none of them (INTERCHANGE v1.1)", async () => {
    const results = await queries.execute(new GetResultsQuery(CYCLE));
    const x = results.groups[0].results.find((row) => row.unit === 'so-x');
    expect(x?.fields?.map(({ field, achieved, applicableMax, index }) => [field, achieved, applicableMax, index])).toEqual([
      ['1', '1.00', '1.00', '100.00'],
      ['3', '1.00', '2.00', '50.00'],
      ['6', '0.00', '0.00', null],
      ['7', '1.50', '1.50', '100.00'],
    ]);
  });

  it('matches the reference computation over the same cycle as an interchange file, byte for byte', async () => {
    const file = workedExampleFile();
    const reference = computeCycleResults({
      ...file,
      units: [...file.units, { id: 'so-a', name: 'Sở A', group: 'departments' }, { id: 'so-y', name: 'Sở Y', group: 'departments' }],
      selfAssessments: [
        ...(file.selfAssessments ?? []),
        {
          unit: 'so-a',
          scores: [
            { criterion: '1.1', points: 1 },
            { criterion: '3.2', points: 2 },
            { criterion: '6.4', points: 1 },
            { criterion: '7.3', points: 1.5 },
          ],
        },
        {
          unit: 'so-y',
          scores: [
            { criterion: '1.1', points: 1 },
            { criterion: '3.2', points: 1 },
            { criterion: '7.3', points: 1 },
          ],
        },
      ],
      appraisals: [...(file.appraisals ?? []), { unit: 'so-y', scores: [{ criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' }] }],
    });
    expect(resultsToJson(await queries.execute(new GetResultsQuery(CYCLE)))).toBe(resultsToJson(reference));
  });

  it('answers for one group alone', async () => {
    const results = await queries.execute(new GetResultsQuery(CYCLE, 'departments'));
    expect(results.groups.map((group) => group.results.length)).toEqual([3]);
  });

  it('tells why 7.3 is 1.50: self 1.50, the appraiser 0.75 (reason), the explanation, the council back to 1.50 (reason, votes)', async () => {
    const trail = await queries.execute(new GetAuditTrailQuery(CYCLE, 'so-x', '7.3'));
    expect(trail.map((entry) => [entry.stage, entry.from, entry.to, entry.actor, entry.role])).toEqual([
      ['self', null, '1.50', 'head.so-x', 'UNIT_HEAD'],
      ['appraisal', '1.50', '0.75', appraiser.userId, 'APPRAISER'],
      ['explanation', null, null, 'reporter.so-x', 'UNIT_REPORTER'],
      ['council', '0.75', '1.50', 'pham.van.d', 'COUNCIL_CHAIR'],
    ]);
    expect(trail[0].evidence).toEqual([{ title: 'Báo cáo thanh toán trực tuyến 6 tháng', documentNo: '45/BC-SX', date: '2025-07-05' }]);
    expect(trail[1].reason).toBe(REASON_7_3);
    expect(trail[2].evidence).toEqual([{ title: 'Báo cáo thanh toán trực tuyến năm 2025', documentNo: '98/BC-SX' }]);
    expect(trail[3]).toMatchObject({ reason: REASON_COUNCIL, votes: COUNCIL_VOTES, decision: 'changed' });
    const times = trail.map((entry) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("lists every value of the unit's leaves and its deduction when no criterion is named", async () => {
    const trail = await queries.execute(new GetAuditTrailQuery(CYCLE, 'so-x'));
    expect(trail.filter((entry) => entry.subject === 'deduction').map((entry) => [entry.to, entry.reason])).toEqual([['0.50', '01 công chức bị kỷ luật']]);
    expect(trail.filter((entry) => entry.criterion === '6.4').map((entry) => [entry.stage, entry.from, entry.to])).toEqual([['appraisal', '0.00', null]]);
  });

  it('refuses publication by anyone but the province admin', async () => {
    await expect(commands.execute(new PublishDecisionCommand(CYCLE, '123/QĐ-UBND', '2025-12-20', 'Chủ tịch UBND tỉnh', appraiser))).rejects.toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it('publishes revision 1, then a correction as revision 2 with its own snapshot hash; both verify', async () => {
    const first = await commands.execute(new PublishDecisionCommand(CYCLE, '123/QĐ-UBND', '2025-12-20', 'Chủ tịch UBND tỉnh', admin));
    expect(first.revision).toBe(1);
    // A retry of the same publication changes nothing.
    expect(await commands.execute(new PublishDecisionCommand(CYCLE, '123/QĐ-UBND', '2025-12-20', 'Chủ tịch UBND tỉnh', admin))).toEqual(first);

    await logs.appraise(CYCLE, 'so-x', {
      type: 'CorrectScore',
      actor: admin,
      criterion: '3.2',
      points: '2',
      reason: 'Số liệu một cửa tính lại: 100% đúng hạn',
    } as never);
    await caughtUp();
    const corrected = await commands.execute(new CorrectDecisionCommand(CYCLE, 'Đính chính điểm 3.2 của Sở X', admin, { number: '130/QĐ-UBND' }));
    expect(corrected.revision).toBe(2);
    expect(corrected.snapshotHash).not.toBe(first.snapshotHash);

    const revisions = await queries.execute(new GetPublishedDecisionsQuery(CYCLE));
    expect(revisions.map((r) => [r.revision, r.number, r.reason, r.snapshotHash, r.snapshotVerified])).toEqual([
      [1, '123/QĐ-UBND', null, first.snapshotHash, true],
      [2, '130/QĐ-UBND', 'Đính chính điểm 3.2 của Sở X', corrected.snapshotHash, true],
    ]);
    const x = (revision: number) => revisions[revision - 1].snapshot.groups[0].results.find((row) => row.unit === 'so-x');
    expect([x(1)?.index, x(2)?.index]).toEqual(['66.67', '88.89']);
    expect(x(2)).toMatchObject({ rank: 2, class: 'TOT' });
  });

  it('audits the correction as the last value of 3.2', async () => {
    const trail = await queries.execute(new GetAuditTrailQuery(CYCLE, 'so-x', '3.2'));
    expect(trail.map((entry) => [entry.stage, entry.from, entry.to])).toEqual([
      ['self', null, '2.00'],
      ['appraisal', '2.00', '1.00'],
      ['correction', '1.00', '2.00'],
    ]);
  });

  describe('redelivery and order', () => {
    const everything = async () => [...(await envelopesOf(submissions, 'submissions')), ...(await envelopesOf(appraisal, 'appraisal'))];
    const snapshot = async () => ({
      results: resultsToJson(await queries.execute(new GetResultsQuery(CYCLE))),
      audit: await queries.execute(new GetAuditTrailQuery(CYCLE, 'so-x')),
      rows: await rowCounts(pool),
    });

    it('applying every event a second time, newest first and without the processed marks, changes nothing', async () => {
      const before = await snapshot();
      await applyDirectly(pool, (await everything()).reverse());
      expect(await snapshot()).toEqual(before);
    });

    it('a fresh read model fed appraisal first and each source newest first gives the same results', async () => {
      const other = await createTestDatabase('ranking_order');
      const otherPool = new Pool({ connectionString: other.url, max: 2 });
      const readModels = await openReadModels(otherPool);
      try {
        const events = await everything();
        const bySource = (source: string) => events.filter((event) => event.source === source).reverse();
        await applyDirectly(otherPool, [...bySource('appraisal'), ...bySource('submissions')]);
        const results = computeRankingResults(await new CycleScoresReader(readModels).load(CYCLE));
        expect(resultsToJson(results)).toBe(resultsToJson(await queries.execute(new GetResultsQuery(CYCLE))));
      } finally {
        await readModels.destroy();
        await otherPool.end();
        await other.drop();
      }
    });
  });
});

async function rowCounts(pool: Pool): Promise<Record<string, number>> {
  const tables = [
    'cycles',
    'groups',
    'criteria_set_versions',
    'units',
    'applicability',
    'self_assessments',
    'self_scores',
    'leaf_values',
    'adjustments',
    'appraisal_status',
    'audit_entries',
  ];
  const counts: Record<string, number> = {};
  for (const name of tables) counts[name] = Number((await pool.query(`SELECT count(*) FROM ranking.${name}`)).rows[0].count);
  return counts;
}
