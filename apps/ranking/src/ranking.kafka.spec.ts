import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { eventsTopic } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { EventLogRelay, KafkaPublisher, MessagePublisher, migrateRelayTables } from '@par/messaging';
import { createTestDatabase, createTestTopic, deleteTopics, eventually, kafkaBrokers, testKafka, TestDatabase } from '@par/testing';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { GetResultsQuery } from './get-results/get-results.query';
import { RankingModule } from './ranking.module';
import type { ResultsDocument } from '@par/contracts';
import { SourceLogs, StepClock } from './testing/source-logs';
import { CYCLE, departmentX, otherDepartments, setUpCycle } from './testing/worked-example.scenario';

jest.setTimeout(60_000);

/** The relays publish to par.<service>.events.v1; this test sends them to its own fresh topics instead. */
function redirected(publisher: MessagePublisher, topics: Record<string, string>): MessagePublisher {
  return { publish: (topic, messages) => publisher.publish(topics[topic] ?? topic, messages), close: () => publisher.close() };
}

describe('ranking service (distributed): the same results through real Kafka topics', () => {
  let database: TestDatabase;
  let pool: Pool;
  let app: INestApplicationContext | undefined;
  const relays: EventLogRelay[] = [];
  const topics: Record<string, string> = {};
  const kafka = testKafka('ranking-test');
  const publisher = new KafkaPublisher(kafka);

  beforeAll(async () => {
    database = await createTestDatabase('ranking_kafka');
    pool = new Pool({ connectionString: database.url, max: 8 });
    // An idle connection ended by the server (a restart, a shared machine) is replaced, not fatal.
    pool.on('error', () => undefined);
    const submissions = new PostgresEventStore(pool, 'submissions');
    const appraisal = new PostgresEventStore(pool, 'appraisal');
    await submissions.migrate();
    await appraisal.migrate();
    for (const service of ['submissions', 'appraisal']) topics[eventsTopic(service)] = await createTestTopic(kafkaBrokers(), `ranking-test.${service}`);
    const logs = new SourceLogs(submissions, appraisal, new StepClock('2025-11-01T00:00:00.000Z'));
    await setUpCycle(logs);
    await departmentX(logs);
    await otherDepartments(logs);
    for (const [service, store] of [
      ['submissions', submissions],
      ['appraisal', appraisal],
    ] as const) {
      await migrateRelayTables(pool, service);
      const relay = new EventLogRelay({ store, service, publisher: redirected(publisher, topics), pool, schema: service, pollIntervalMs: 50 });
      await relay.start();
      relays.push(relay);
    }
  });

  afterAll(async () => {
    await app?.close();
    for (const relay of relays) await relay.stop();
    await publisher.close();
    await deleteTopics(kafkaBrokers(), Object.values(topics)).catch(() => undefined);
    await pool?.end();
    await database?.drop();
  });

  it('ranks A, then X and Y tied at 66.67, as in embedded mode', async () => {
    app = await NestFactory.createApplicationContext(
      RankingModule.register({
        pool,
        mode: 'distributed',
        sources: {
          kafka,
          topics: { submissions: topics[eventsTopic('submissions')], appraisal: topics[eventsTopic('appraisal')] },
          groupIdSuffix: `.${randomBytes(4).toString('hex')}`,
        },
      }),
      { logger: ['error'], abortOnError: false },
    );
    const queries = app.get(QueryBus);
    const expected = [
      [1, 'so-a', '5.50', '100.00', 'XUAT_SAC'],
      [2, 'so-x', '3.00', '66.67', 'KHA'],
      [2, 'so-y', '3.00', '66.67', 'KHA'],
    ];
    const table = (document: ResultsDocument) => document.groups[0]?.results.map((row) => [row.rank, row.unit, row.appraisedTotal, row.index, row.class]);
    // Events arrive partition by partition: poll until the table has converged, then hold it to the expectation.
    await eventually(async () => expect(table(await queries.execute(new GetResultsQuery(CYCLE)))).toEqual(expected), 45_000, 250);
  });
});
