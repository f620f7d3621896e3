import 'reflect-metadata';
import { INestMicroservice } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { resultsToJson, LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { Pool } from 'pg';
import { decisionStream } from './domain/decision.events';
import { GetResultsQuery } from './get-results/get-results.query';
import { rankingGrpcOptions } from './infrastructure/ranking-grpc-options';
import { RankingConsumers } from './infrastructure/ranking-consumers';
import { RankingModule } from './ranking.module';
import { freePort } from '@par/testing';
import { rankingGrpcClient, RankingGrpcClient, refusalOf } from './testing/ranking-grpc-client';
import { resultsDocumentOf } from './testing/results-document-of';
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
} from './testing/worked-example.scenario';

jest.setTimeout(60_000);

// Embedded mode on real PostgreSQL: the worked example is decided by the real submissions and appraisal
// deciders into their logs, and the ranking service is asked through a real gRPC client, as the gateway would.

const INVALID_ARGUMENT = 3;
const PERMISSION_DENIED = 7;

let database: TestDatabase;
let pool: Pool;
let logs: SourceLogs;
let decisionLog: PostgresEventStore;
let app: INestMicroservice;
let client: RankingGrpcClient;

const asActor = ({ userId, role, unitId }: { userId: string; role: string; unitId?: string }) => ({ userId, role, unitId: unitId ?? '' });
const DECISION = { cycleId: CYCLE, number: '123/QĐ-UBND', date: '2025-12-20', signer: 'Chủ tịch UBND tỉnh' };

beforeAll(async () => {
  database = await createTestDatabase('ranking_grpc');
  pool = new Pool({ connectionString: database.url, max: 8 });
  // An idle connection ended by the server (a restart, a shared machine) is replaced, not fatal.
  pool.on('error', () => undefined);
  const submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
  const appraisal = new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal });
  await submissions.migrate();
  await appraisal.migrate();
  decisionLog = new PostgresEventStore(pool, 'ranking');
  logs = new SourceLogs(submissions, appraisal, new StepClock('2025-11-01T00:00:00.000Z'));
  await setUpCycle(logs);
  await departmentX(logs);
  await otherDepartments(logs);

  const port = await freePort();
  const module = RankingModule.register({ pool, mode: 'embedded', sources: { submissions, appraisal }, pollIntervalMs: 20 });
  app = await NestFactory.createMicroservice(module, { ...rankingGrpcOptions(`127.0.0.1:${port}`), logger: ['error'] });
  await app.listen();
  await app.get(RankingConsumers).caughtUp();
  client = rankingGrpcClient(`127.0.0.1:${port}`);
});

afterAll(async () => {
  client?.close();
  await app?.close();
  await pool?.end();
  await database?.drop();
});

describe('par.ranking.v1.Ranking over gRPC (embedded, real PostgreSQL)', () => {
  it("answers the worked example's results as GetResultsQuery does: X at 66.67, Khá, tied second", async () => {
    const reply = await client.call.GetResults({ cycleId: CYCLE });
    const x = reply.groups[0].results.find((row) => row.unit === 'so-x');
    expect(x).toEqual({
      rank: 2,
      unit: 'so-x',
      name: expect.any(String),
      selfTotal: '4.50',
      appraisedTotal: '3.00',
      applicableMax: '4.50',
      index: '66.67',
      classCode: 'KHA',
      // A field with nothing applicable has no index: unset, as the row's own.
      fields: [
        { field: '1', title: expect.any(String), achieved: '1.00', applicableMax: '1.00', index: '100.00' },
        { field: '3', title: expect.any(String), achieved: '1.00', applicableMax: '2.00', index: '50.00' },
        { field: '6', title: expect.any(String), achieved: '0.00', applicableMax: '0.00' },
        { field: '7', title: expect.any(String), achieved: '1.50', applicableMax: '1.50', index: '100.00' },
      ],
    });
    const fromQuery = await app.get(QueryBus).execute(new GetResultsQuery(CYCLE));
    expect(resultsToJson(resultsDocumentOf(reply))).toBe(resultsToJson(fromQuery));
  });

  it('answers one group alone, and refuses a request without a cycle naming cycleId', async () => {
    expect((await client.call.GetResults({ cycleId: CYCLE, group: 'departments' })).groups.map((group) => group.group)).toEqual(['departments']);
    expect(await refusalOf(client.call.GetResults({}))).toMatchObject({ grpcStatus: INVALID_ARGUMENT, code: 'REQUEST_INVALID', field: 'cycleId' });
  });

  it('tells why 7.3 is 1.50, in order: self, the appraiser (reason), the explanation (evidence), the council (reason, votes)', async () => {
    const { entries } = await client.call.GetAuditTrail({ cycleId: CYCLE, unitId: 'so-x', criterion: '7.3' });
    expect(entries.map((entry) => [entry.stage, entry.fromPoints, entry.toPoints, entry.actor, entry.role])).toEqual([
      ['self', undefined, '1.50', 'head.so-x', 'UNIT_HEAD'],
      ['appraisal', '1.50', '0.75', appraiser.userId, 'APPRAISER'],
      ['explanation', undefined, undefined, 'reporter.so-x', 'UNIT_REPORTER'],
      ['council', '0.75', '1.50', 'pham.van.d', 'COUNCIL_CHAIR'],
    ]);
    // Absent values are unset, never '': a first score has no `from`, an explanation no values at all.
    expect(entries[0]).not.toHaveProperty('fromPoints');
    expect(entries[2]).not.toHaveProperty('toPoints');
    expect(entries[0].evidence).toEqual([{ title: 'Báo cáo thanh toán trực tuyến 6 tháng', documentNo: '45/BC-SX', date: '2025-07-05' }]);
    expect(entries[0].evidence[0]).not.toHaveProperty('section');
    expect(entries[0].votes).toBeNull();
    expect(entries[1]).toMatchObject({ reason: REASON_7_3, actorUnitId: appraiser.unitId });
    expect(entries[2].evidence.map((item) => item.documentNo)).toEqual(['98/BC-SX']);
    expect(entries[3]).toMatchObject({ reason: REASON_COUNCIL, votes: COUNCIL_VOTES, decision: 'changed' });
    const times = entries.map((entry) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses publication by an appraiser with PERMISSION_DENIED, and writes nothing', async () => {
    const refusal = await refusalOf(client.call.PublishDecision({ actor: asActor(appraiser), ...DECISION }));
    expect(refusal).toMatchObject({ grpcStatus: PERMISSION_DENIED, code: 'ROLE_NOT_ALLOWED', field: 'actor.role' });
    expect(await decisionLog.readStream(decisionStream(CYCLE).streamId)).toEqual([]);
    expect((await client.call.GetPublishedDecisions({ cycleId: CYCLE })).revisions).toEqual([]);
  });

  it('publishes revision 1 for the province admin; a retry changes nothing', async () => {
    const published = await client.call.PublishDecision({ actor: asActor(admin), ...DECISION });
    expect(published).toEqual({ streamId: decisionStream(CYCLE).streamId, revision: 1, snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await client.call.PublishDecision({ actor: asActor(admin), ...DECISION })).toEqual(published);
    expect(await decisionLog.readStream(decisionStream(CYCLE).streamId)).toHaveLength(1);
  });

  it('refuses a correction without a reason with INVALID_ARGUMENT naming `reason`', async () => {
    const refusal = await refusalOf(client.call.CorrectDecision({ actor: asActor(admin), cycleId: CYCLE, reason: '' }));
    expect(refusal).toMatchObject({ grpcStatus: INVALID_ARGUMENT, code: 'FIELD_REQUIRED', field: 'reason' });
    expect(await decisionLog.readStream(decisionStream(CYCLE).streamId)).toHaveLength(1);
  });

  it('corrects by revision 2 with a different hash; both revisions verify and carry their snapshot JSON', async () => {
    await logs.appraise(CYCLE, 'so-x', {
      type: 'CorrectScore',
      actor: admin,
      criterion: '3.2',
      points: '2',
      reason: 'Số liệu một cửa tính lại: 100% đúng hạn',
    } as never);
    await app.get(RankingConsumers).caughtUp();
    const corrected = await client.call.CorrectDecision({
      actor: asActor(admin),
      cycleId: CYCLE,
      reason: 'Đính chính điểm 3.2 của Sở X',
      number: '130/QĐ-UBND',
    });
    expect(corrected.revision).toBe(2);

    const { revisions } = await client.call.GetPublishedDecisions({ cycleId: CYCLE });
    expect(revisions.map((r) => [r.revision, r.number, r.date, r.signer, r.reason, r.snapshotVerified, r.publishedBy])).toEqual([
      [1, '123/QĐ-UBND', '2025-12-20', 'Chủ tịch UBND tỉnh', undefined, true, admin.userId],
      [2, '130/QĐ-UBND', '2025-12-20', 'Chủ tịch UBND tỉnh', 'Đính chính điểm 3.2 của Sở X', true, admin.userId],
    ]);
    const [first, second] = revisions;
    expect(second.snapshotHash).toBe(corrected.snapshotHash);
    expect(second.snapshotHash).not.toBe(first.snapshotHash);
    expect([first.previousSnapshotHash, second.previousSnapshotHash]).toEqual([undefined, first.snapshotHash]);
    expect(first).not.toHaveProperty('reason');
    expect(first).not.toHaveProperty('previousSnapshotHash');
    // Anyone can check a snapshot: SHA-256 of its RFC 8785 canonical JSON.
    for (const revision of revisions) {
      expect(
        createHash('sha256')
          .update(canonicalize(JSON.parse(revision.snapshotJson))!, 'utf8')
          .digest('hex'),
      ).toBe(revision.snapshotHash);
    }
    const x = (json: string) => JSON.parse(json).groups[0].results.find((row: { unit: string }) => row.unit === 'so-x');
    expect([x(first.snapshotJson).index, x(second.snapshotJson).index]).toEqual(['66.67', '88.89']);
    // The snapshot text reads as the interchange JSON: its keys in their printed order.
    expect(Object.keys(x(second.snapshotJson))).toEqual(['rank', 'unit', 'name', 'selfTotal', 'appraisedTotal', 'applicableMax', 'index', 'class', 'fields']);
  });
});
