import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { eventsTopic, type ResultsDocument } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { EventLogRelay, KafkaPublisher, MessagePublisher, migrateRelayTables } from '@par/messaging';
import { createTestDatabase, createTestTopic, deleteTopics, eventually, kafkaBrokers, testKafka, TestDatabase } from '@par/testing';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { GetAuditTrailQuery } from './get-audit-trail/get-audit-trail.query';
import { GetResultsQuery } from './get-results/get-results.query';
import { RankingModule } from './ranking.module';
import { SourceLogs, StepClock } from './testing/source-logs';
import { SurveyLog } from './testing/survey-log';
import { CRITERIA_WITH_SURVEY } from './testing/survey-criteria';
import { CYCLE, departmentX, setUpCycle } from './testing/worked-example.scenario';

jest.setTimeout(60_000);

const SERVICES = ['submissions', 'appraisal', 'survey'] as const;

/** The relays publish to par.<service>.events.v1; this test sends them to its own fresh topics instead. */
function redirected(publisher: MessagePublisher, topics: Record<string, string>): MessagePublisher {
  return { publish: (topic, messages) => publisher.publish(topics[topic] ?? topic, messages), close: () => publisher.close() };
}

describe('ranking service (distributed): the survey topic, consumed when configured', () => {
  let database: TestDatabase;
  let pool: Pool;
  let app: INestApplicationContext | undefined;
  const relays: EventLogRelay[] = [];
  const topics: Record<string, string> = {};
  const kafka = testKafka('ranking-survey-test');
  const publisher = new KafkaPublisher(kafka);

  beforeAll(async () => {
    database = await createTestDatabase('ranking_survey_kafka');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    const stores = Object.fromEntries(SERVICES.map((service) => [service, new PostgresEventStore(pool, service)]));
    for (const service of SERVICES) {
      await stores[service].migrate();
      topics[eventsTopic(service)] = await createTestTopic(kafkaBrokers(), `ranking-survey-test.${service}`);
    }
    const clock = new StepClock('2025-11-01T00:00:00.000Z');
    const logs = new SourceLogs(stores.submissions, stores.appraisal, clock);
    await setUpCycle(logs, CRITERIA_WITH_SURVEY);
    await departmentX(logs);
    await new SurveyLog(stores.survey, clock).apply({
      campaignId: 'sipas-2025',
      unitId: 'so-x',
      criterion: '1.3',
      points: '2.04',
      index: '81.50',
      respondents: 412,
      answers: 4120,
    });
    for (const service of SERVICES) {
      await migrateRelayTables(pool, service);
      const relay = new EventLogRelay({ store: stores[service], service, publisher: redirected(publisher, topics), pool, schema: service, pollIntervalMs: 50 });
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

  it("gives X's survey-held 1.3 its 2.04 from par.survey.events.v1 (5.04 / 7.00 = 72.00) and audits it", async () => {
    app = await NestFactory.createApplicationContext(
      RankingModule.register({
        pool,
        mode: 'distributed',
        sources: {
          kafka,
          topics: { submissions: topics[eventsTopic('submissions')], appraisal: topics[eventsTopic('appraisal')], survey: topics[eventsTopic('survey')] },
          survey: true,
          groupIdSuffix: `.${randomBytes(4).toString('hex')}`,
        },
      }),
      { logger: ['error'], abortOnError: false },
    );
    const queries = app.get(QueryBus);
    const x = (document: ResultsDocument) => document.groups[0]?.results.find((row) => row.unit === 'so-x');
    await eventually(
      async () =>
        expect(x(await queries.execute(new GetResultsQuery(CYCLE)))).toMatchObject({
          index: '72.00',
          appraisedTotal: '5.04',
          applicableMax: '7.00',
          class: 'KHA',
        }),
      45_000,
      250,
    );
    const trail = await queries.execute(new GetAuditTrailQuery(CYCLE, 'so-x', '1.3'));
    expect(trail.map((entry) => [entry.stage, entry.from, entry.to, entry.reason])).toEqual([
      ['survey', null, '2.04', 'Khảo sát sipas-2025: chỉ số 81,50 %, 412 người trả lời'],
    ]);
  });
});
