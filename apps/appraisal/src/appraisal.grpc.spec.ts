import { LOG_UPCASTERS } from '@par/contracts';
import 'reflect-metadata';
import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase, eventually as retryUntil, freePort } from '@par/testing';
import { Pool } from 'pg';
import { AppraisalModule } from './appraisal.module';
import { appraisalStream } from './domain';
import {
  AFTER_DEADLINE,
  appraiser,
  appraiserOfX,
  chair,
  CYCLE,
  EVIDENCE_7_3,
  EXPLANATION_7_3,
  head,
  REASON_3_2,
  REASON_6_4,
  REASON_7_3,
  REASON_COUNCIL,
  REASON_DEDUCTION,
  reporter,
  SENT_AT,
  UNIT,
  WITHIN_WINDOW,
} from './domain/testing/appraisal.fixtures';
import { appraisalGrpcOptions } from './infrastructure/appraisal-grpc-options';
import { appraisalGrpcClient, AppraisalGrpcClient, refusalOf } from './testing/appraisal-grpc-client';
import { RendezvousEventStore } from './testing/rendezvous-event-store';
import { selfAssessmentStream, selfAssessmentSubmitted } from './testing/self-assessment-submitted';

jest.setTimeout(60_000);

// Embedded mode on real PostgreSQL: the submissions service's log (schema `submissions`) feeds the
// appraisal service, which is driven through a real gRPC client as the gateway would drive it.

const INVALID_ARGUMENT = 3;
const PERMISSION_DENIED = 7;
const FAILED_PRECONDITION = 9;
const ABORTED = 10;

let database: TestDatabase;
let pool: Pool;
let submissions: PostgresEventStore;
let appraisalLog: RendezvousEventStore;
let app: INestMicroservice;
let client: AppraisalGrpcClient;
let now = SENT_AT;

const asActor = ({ userId, role, unitId }: { userId: string; role: string; unitId?: string }) => ({ userId, role, unitId: unitId ?? '' });
const ofX = { cycleId: CYCLE, unitId: UNIT };

beforeAll(async () => {
  database = await createTestDatabase('appraisal_grpc');
  pool = new Pool({ connectionString: database.url, max: 8 });
  submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
  await submissions.migrate();
  appraisalLog = new RendezvousEventStore(new PostgresEventStore(pool, 'appraisal'));
  const port = await freePort();
  const module = AppraisalModule.register({ mode: 'embedded', pool, databaseUrl: database.url, submissions, clock: () => now, eventStore: () => appraisalLog });
  app = await NestFactory.createMicroservice(module, { ...appraisalGrpcOptions(`127.0.0.1:${port}`), logger: false });
  await app.listen();
  client = appraisalGrpcClient(`127.0.0.1:${port}`);
});

afterAll(async () => {
  client?.close();
  await app?.close();
  await pool?.end();
  await database?.drop();
});

/** The shared retry of @par/testing, with this harness's patience (20_000 ms, polling every 50 ms). */
const eventually = <T>(assertion: () => Promise<T>, timeoutMs = 20_000): Promise<T> => retryUntil(assertion, timeoutMs, 50);

const sheetOf = (unitId: string) => client.call.GetAppraisalSheet({ cycleId: CYCLE, unitId });
const leafOf = (sheet: { leaves: { criterion: string }[] }, criterion: string) => sheet.leaves.find((leaf) => leaf.criterion === criterion);
const streamOf = (unitId: string) => appraisalLog.readStream(appraisalStream(CYCLE, unitId).streamId);

/** Submissions the starts consumer has settled (its processed-event marks). */
async function startsHandled(): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM appraisal.processed_events WHERE consumer = 'appraisal.starts'`);
  return rows[0].n;
}

async function submit(unitId: string): Promise<void> {
  await submissions.append(selfAssessmentStream(unitId), [selfAssessmentSubmitted(unitId)], { expectedVersion: 'any' });
}

describe('Department X, appraised through gRPC', () => {
  it('starts its appraisal when the submissions log records its submission, once even if the submission comes twice', async () => {
    await submit(UNIT);

    const sheet = await eventually(() => sheetOf(UNIT));
    expect(sheet.phase).toBe('appraising');
    expect(leafOf(sheet, '3.2')).toMatchObject({ selfPoints: '2.00', points: '2.00', applicable: true, reviewed: false, explanation: 'none' });
    expect(leafOf(sheet, '6.4')).toMatchObject({ points: '0.00', applicable: true });
    expect(leafOf(sheet, '6.4')).not.toHaveProperty('selfPoints'); // not scored by the unit: unset, not ''
    expect(leafOf(sheet, '2.1')).toMatchObject({ notApplicableBySetup: true, applicable: false });
    expect(leafOf(sheet, '2.1')).not.toHaveProperty('points');
    expect(sheet).not.toHaveProperty('sentAt');
    expect(sheet).not.toHaveProperty('finalizedAt');

    await submit(UNIT); // redelivered / resubmitted unchanged
    await eventually(async () => expect(await startsHandled()).toBe(2));
    expect((await streamOf(UNIT)).map((event) => event.type)).toEqual(['AppraisalStarted']);
    const [started] = await streamOf(UNIT);
    expect(started.metadata).toMatchObject({ actor: head.userId, role: 'UNIT_HEAD', actorUnitId: UNIT, correlationId: `submit-${UNIT}` });
  });

  describe('refuses, writing nothing', () => {
    it.each([
      [
        'a changed value without a reason',
        { ...ofX, actor: asActor(appraiser), criterion: '3.2', points: '1.00' },
        INVALID_ARGUMENT,
        'REASON_REQUIRED',
        'reason',
      ],
      [
        'an appraiser of the unit itself',
        { ...ofX, actor: asActor(appraiserOfX), criterion: '3.2', points: '1.00', reason: REASON_3_2 },
        PERMISSION_DENIED,
        'APPRAISER_OWN_UNIT',
        'actor.unitId',
      ],
      [
        'points off the leaf’s 0.25 step',
        { ...ofX, actor: asActor(appraiser), criterion: '7.3', points: '0.80', reason: REASON_7_3 },
        INVALID_ARGUMENT,
        'SCORE_OFF_STEP',
        undefined,
      ],
    ])('%s', async (_case, request, status, code, field) => {
      const before = (await streamOf(UNIT)).length;
      const refusal = await refusalOf(client.call.AppraiseCriterion(request));
      expect(refusal).toMatchObject({ grpcStatus: status, code });
      if (field) expect(refusal.field).toBe(field);
      else expect(refusal.field).not.toBe('');
      expect(await streamOf(UNIT)).toHaveLength(before);
    });
  });

  it('runs DOMAIN.md’s worked example to the council’s final values', async () => {
    const by = (actor: Parameters<typeof asActor>[0]) => ({ ...ofX, actor: asActor(actor) });
    await client.call.AppraiseCriterion({ ...by(appraiser), criterion: '3.2', points: '1.00', reason: REASON_3_2 });
    await client.call.AppraiseCriterion({ ...by(appraiser), criterion: '7.3', points: '0.75', reason: REASON_7_3 });
    await client.call.MarkCriterionNotApplicable({ ...by(appraiser), criterion: '6.4', reason: REASON_6_4 });
    await client.call.RecordDeduction({ ...by(appraiser), points: '0.50', reason: REASON_DEDUCTION });
    now = SENT_AT;
    await client.call.SendResultToUnit({ ...by(appraiser), explanationWindowDays: 5 });
    now = WITHIN_WINDOW;
    await client.call.FileExplanation({ ...by(reporter), criterion: '7.3', text: EXPLANATION_7_3, evidence: EVIDENCE_7_3 });
    const resolved = await client.call.ResolveExplanation({
      ...by(chair),
      criterion: '7.3',
      decision: 'changed',
      points: '1.50',
      reason: REASON_COUNCIL,
      votes: { for: 5, against: 2, abstain: 0, members: 7 },
    });
    expect(resolved).toMatchObject({ streamId: appraisalStream(CYCLE, UNIT).streamId, eventsAppended: 1 });
    now = AFTER_DEADLINE;
    const finalized = await client.call.FinalizeAppraisal(by(chair));

    const sheet = await eventually(async () => {
      const current = await sheetOf(UNIT);
      expect(current.version).toBe(finalized.version);
      return current;
    });
    expect(sheet).toMatchObject({
      phase: 'finalized',
      sentAt: SENT_AT.toISOString(),
      explanationDeadline: '2025-11-26T02:00:00.000Z',
      finalizedAt: AFTER_DEADLINE.toISOString(),
    });
    expect(sheet.leaves.map(({ criterion, points, applicable }) => [criterion, applicable ? points : 'n/a'])).toEqual([
      ['1.1', '1.00'],
      ['2.1', 'n/a'],
      ['3.2', '1.00'],
      ['6.4', 'n/a'],
      ['7.3', '1.50'],
    ]);
    expect(leafOf(sheet, '7.3')).toMatchObject({ selfPoints: '1.50', reviewed: true, explanation: 'resolved' });
    // No leaf, no document: criterion and ref unset (toStrictEqual: not even an undefined key).
    expect(sheet.adjustments).toStrictEqual([{ id: 'deduction-1', kind: 'deduction', points: '0.50', reason: REASON_DEDUCTION, removed: false }]);
    const [resolution] = (await streamOf(UNIT)).filter((event) => event.type === 'ExplanationResolved');
    expect(resolution.metadata).toMatchObject({ actor: chair.userId, role: 'COUNCIL_CHAIR', reason: REASON_COUNCIL });
  });

  it('refuses a change after finalization, writing nothing', async () => {
    const before = (await streamOf(UNIT)).length;
    const refusal = await refusalOf(
      client.call.AppraiseCriterion({ ...ofX, actor: asActor(appraiser), criterion: '3.2', points: '2.00', reason: 'second look' }),
    );
    expect(refusal).toMatchObject({ grpcStatus: FAILED_PRECONDITION, code: 'APPRAISAL_FINALIZED' });
    expect(await streamOf(UNIT)).toHaveLength(before);
  });
});

describe('two appraisers setting the same leaf at once', () => {
  const UNIT_Z = 'so-z';
  const second = { userId: 'do.van.n', role: 'APPRAISER', unitId: 'so-tai-chinh' };

  it('lets one win; the other gets ABORTED, and its retry loses nothing', async () => {
    await submit(UNIT_Z);
    await eventually(() => sheetOf(UNIT_Z));
    const request = (actor: Parameters<typeof asActor>[0], points: string) => ({
      cycleId: CYCLE,
      unitId: UNIT_Z,
      actor: asActor(actor),
      criterion: '7.3',
      points,
      reason: `${actor.userId}'s review`,
    });

    appraisalLog.meetAtNextReads(2);
    const outcomes = await Promise.allSettled([
      client.call.AppraiseCriterion(request(appraiser, '1.00')),
      client.call.AppraiseCriterion(request(second, '0.50')),
    ]);

    const won = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.findIndex((outcome) => outcome.status === 'rejected');
    expect([won, lost].sort()).toEqual([0, 1]);
    const refusal = await refusalOf(Promise.reject((outcomes[lost] as PromiseRejectedResult).reason));
    expect(refusal).toMatchObject({ grpcStatus: ABORTED, code: 'WRONG_EXPECTED_VERSION', category: 'conflict' });
    const [winner, loser] = won === 0 ? [appraiser, second] : [second, appraiser];
    expect((await streamOf(UNIT_Z)).map((event) => [event.type, event.metadata.actor])).toEqual([
      ['AppraisalStarted', head.userId],
      ['CriterionAppraised', winner.userId],
    ]);

    await client.call.AppraiseCriterion(request(loser, won === 0 ? '0.50' : '1.00'));
    const appraised = (await streamOf(UNIT_Z)).filter((event) => event.type === 'CriterionAppraised').map((event) => event.metadata.actor);
    expect(appraised).toEqual([winner.userId, loser.userId]);
  });
});

describe('two appraisers setting different leaves of one unit at once', () => {
  const UNIT_W = 'so-w';
  const second = { userId: 'do.van.n', role: 'APPRAISER', unitId: 'so-tai-chinh' };

  it('records both: the one that lost the race commutes with the winner and is decided again on its version', async () => {
    await submit(UNIT_W);
    await eventually(() => sheetOf(UNIT_W));
    const request = (actor: Parameters<typeof asActor>[0], criterion: string, points: string) => ({
      cycleId: CYCLE,
      unitId: UNIT_W,
      actor: asActor(actor),
      criterion,
      points,
      reason: `${actor.userId}'s review`,
    });

    appraisalLog.meetAtNextReads(2);
    const outcomes = await Promise.allSettled([
      client.call.AppraiseCriterion(request(appraiser, '7.3', '1.00')),
      client.call.AppraiseCriterion(request(second, '3.2', '1.00')),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const appraised = (await streamOf(UNIT_W)).filter((event) => event.type === 'CriterionAppraised');
    expect(appraised.map((event) => [(event.data as { criterion: string }).criterion, event.metadata.actor]).sort()).toEqual([
      ['3.2', second.userId],
      ['7.3', appraiser.userId],
    ]);
    expect(appraised.map((event) => event.streamVersion)).toEqual([2, 3]);
  });
});
