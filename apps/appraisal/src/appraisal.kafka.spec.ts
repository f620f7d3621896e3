import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { eventsTopic } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createKafka, ensureTopics, EventLogRelay, KafkaPublisher, migrateRelayTables } from '@par/messaging';
import { createTestDatabase, deleteTopics, kafkaBrokers, TestDatabase, eventually as retryUntil, freePort } from '@par/testing';
import { Pool } from 'pg';
import { AppraisalModule } from './appraisal.module';
import { appraisalStream } from './domain';
import { CYCLE, head, UNIT } from './domain/testing/appraisal.fixtures';
import { appraisalGrpcOptions } from './infrastructure/appraisal-grpc-options';
import { appraisalGrpcClient, AppraisalGrpcClient } from './testing/appraisal-grpc-client';
import { selfAssessmentStream, selfAssessmentSubmitted } from './testing/self-assessment-submitted';

jest.setTimeout(60_000);

// Distributed mode: the submissions log reaches the appraisal service only through a real Kafka topic
// (EventLogRelay → par.<service>.events.v1 → TopicEventConsumer). A run-unique service name keeps the
// topic and consumer group apart from other runs on the same broker.

const run = randomBytes(4).toString('hex');
const submissionsService = `submissions-${run}`;
const topic = eventsTopic(submissionsService);

let database: TestDatabase;
let pool: Pool;
let submissions: PostgresEventStore;
let relay: EventLogRelay;
let relayPublisher: KafkaPublisher;
let app: INestMicroservice;
let client: AppraisalGrpcClient;

beforeAll(async () => {
  database = await createTestDatabase('appraisal_kafka');
  pool = new Pool({ connectionString: database.url, max: 8 });
  submissions = new PostgresEventStore(pool, 'submissions');
  await submissions.migrate();
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: `appraisal-test-${run}`, logLevel: 'error' });
  await ensureTopics(kafka, [{ topic, partitions: 3 }]);
  await migrateRelayTables(pool, 'submissions');
  relayPublisher = new KafkaPublisher(kafka);
  relay = new EventLogRelay({ store: submissions, service: submissionsService, publisher: relayPublisher, pool, schema: 'submissions' });
  await relay.start();

  const port = await freePort();
  const module = AppraisalModule.register({
    mode: 'distributed',
    pool,
    databaseUrl: database.url,
    kafka: { brokers: kafkaBrokers(), submissionsTopics: [topic], startsGroupId: `appraisal.starts.${run}`, relay: false },
  });
  app = await NestFactory.createMicroservice(module, { ...appraisalGrpcOptions(`127.0.0.1:${port}`), logger: false });
  await app.listen();
  client = appraisalGrpcClient(`127.0.0.1:${port}`);
});

afterAll(async () => {
  client?.close();
  await app?.close();
  await relay?.stop();
  await relayPublisher?.close();
  await pool?.end();
  await database?.drop();
  await deleteTopics(kafkaBrokers(), [topic]).catch(() => undefined);
});

it('starts Department X’s appraisal from its submission relayed through Kafka', async () => {
  await submissions.append(selfAssessmentStream(UNIT), [selfAssessmentSubmitted(UNIT)], { expectedVersion: 0 });

  const sheet = await eventually(() => client.call.GetAppraisalSheet({ cycleId: CYCLE, unitId: UNIT }), 45_000);
  expect(sheet.phase).toBe('appraising');
  // Unscored leaves have no self points (unset, not '').
  expect(sheet.leaves.map((leaf) => [leaf.criterion, leaf.selfPoints])).toEqual([
    ['1.1', '1.00'],
    ['2.1', undefined],
    ['3.2', '2.00'],
    ['6.4', undefined],
    ['7.3', '1.50'],
  ]);
  const [started] = await new PostgresEventStore(pool, 'appraisal').readStream(appraisalStream(CYCLE, UNIT).streamId);
  expect(started.metadata).toMatchObject({ actor: head.userId, role: 'UNIT_HEAD' });
});

/** The shared retry of @par/testing, polling every 100 ms. */
const eventually = <T>(assertion: () => Promise<T>, timeoutMs: number): Promise<T> => retryUntil(assertion, timeoutMs, 100);
