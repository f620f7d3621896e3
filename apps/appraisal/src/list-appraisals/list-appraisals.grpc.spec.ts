import 'reflect-metadata';
import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase, eventually as retryUntil, freePort } from '@par/testing';
import { Pool } from 'pg';
import { AppraisalModule } from '../appraisal.module';
import { appraiser, CYCLE, SENT_AT } from '../domain/testing/appraisal.fixtures';
import { appraisalGrpcOptions } from '../infrastructure/appraisal-grpc-options';
import { appraisalGrpcClient, AppraisalGrpcClient, refusalOf } from '../testing/appraisal-grpc-client';
import { selfAssessmentStream, selfAssessmentSubmitted } from '../testing/self-assessment-submitted';

jest.setTimeout(60_000);

// The appraisers' queue: which units of a cycle have an appraisal, and how far it has gone (embedded mode, real PostgreSQL).

const INVALID_ARGUMENT = 3;

let database: TestDatabase;
let pool: Pool;
let submissions: PostgresEventStore;
let app: INestMicroservice;
let client: AppraisalGrpcClient;

beforeAll(async () => {
  database = await createTestDatabase('appraisal_queue');
  pool = new Pool({ connectionString: database.url, max: 6 });
  submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
  await submissions.migrate();
  const port = await freePort();
  const module = AppraisalModule.register({ mode: 'embedded', pool, databaseUrl: database.url, submissions, clock: () => SENT_AT });
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

const eventually = <T>(assertion: () => Promise<T>): Promise<T> => retryUntil(assertion, 20_000, 50);
const submit = (unitId: string) => submissions.append(selfAssessmentStream(unitId), [selfAssessmentSubmitted(unitId)], { expectedVersion: 'any' });
const actor = { userId: appraiser.userId, role: appraiser.role, unitId: appraiser.unitId ?? '' };

describe('the appraisals of a cycle, as the appraisers’ queue lists them', () => {
  it('none before any unit submits', async () => {
    expect(await client.call.ListAppraisals({ cycleId: CYCLE })).toEqual({ cycleId: CYCLE, appraisals: [] });
  });

  it('one per unit that submitted, by unit id, with its phase', async () => {
    await submit('so-y');
    await submit('so-x');
    await eventually(async () => expect((await client.call.ListAppraisals({ cycleId: CYCLE })).appraisals).toHaveLength(2));
    await client.call.SendResultToUnit({ actor, cycleId: CYCLE, unitId: 'so-x', explanationWindowDays: 5 });

    await eventually(async () =>
      expect(await client.call.ListAppraisals({ cycleId: CYCLE })).toEqual({
        cycleId: CYCLE,
        appraisals: [
          { unitId: 'so-x', phase: 'resultSent' },
          { unitId: 'so-y', phase: 'appraising' },
        ],
      }),
    );
  });

  it('another cycle lists none of them; a request naming no cycle is refused, naming cycleId', async () => {
    expect((await client.call.ListAppraisals({ cycleId: 'cchc-2024' })).appraisals).toEqual([]);
    expect(await refusalOf(client.call.ListAppraisals({ cycleId: '' }))).toMatchObject({ grpcStatus: INVALID_ARGUMENT, field: 'cycleId' });
  });
});
