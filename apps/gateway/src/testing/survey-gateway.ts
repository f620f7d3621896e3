import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore, type RecordedEvent } from '@par/event-store';
// The survey service runs in the test process, as the embedded platform runs it; the gateway only knows its gRPC address.
import { CommandBus } from '@nestjs/cqrs';
import { RecordPublishedIndexCommand, surveyGrpcOptions, SurveyModule, SurveyRuntime } from '@par/survey';
import { setUpDemoCycle } from '@par/survey/testing';
import { createTestDatabase, freePort } from '@par/testing';
import { Pool } from 'pg';
import { type GatewayUnderTest, startGatewayOnly } from './gateway-harness';

export interface SurveyGateway extends GatewayUnderTest {
  /** The survey's read models have caught up with its log (results and apply read them). */
  campaignsCaughtUp: () => Promise<void>;
  /** The survey service's log (schema `survey`). */
  surveyStream: (streamId: string) => Promise<RecordedEvent[]>;
  /** Records a par-published-index/1 file as the CLI does (no HTTP route records one), its projection caught up. */
  recordPublished: (file: unknown) => Promise<void>;
}

/**
 * The survey service on a test database, fed in process from a submissions log that holds the demo cycle
 * (appended directly, as its setup would have: no submissions service runs), and the gateway in front of it.
 */
export async function startSurveyGateway(name: string): Promise<SurveyGateway> {
  const database = await createTestDatabase(name);
  const pool = new Pool({ connectionString: database.url, max: 6 });
  pool.on('error', () => undefined);
  const submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
  await submissions.migrate();
  await setUpDemoCycle(submissions);
  const url = `127.0.0.1:${await freePort()}`;
  const survey: INestMicroservice = await NestFactory.createMicroservice(SurveyModule.register({ pool, mode: 'embedded', submissions, pollIntervalMs: 20 }), {
    ...surveyGrpcOptions(url),
    logger: ['error'],
  });
  await survey.listen();
  await survey.get(SurveyRuntime).catalogueCaughtUp();
  // No submissions service: the survey routes never call it.
  const gateway = await startGatewayOnly({ submissions: `127.0.0.1:${await freePort()}`, survey: url });
  return {
    ...gateway,
    campaignsCaughtUp: () => survey.get(SurveyRuntime).campaignsCaughtUp(),
    surveyStream: (streamId) => new PostgresEventStore(pool, 'survey').readStream(streamId),
    recordPublished: async (file) => {
      await survey.get(CommandBus).execute(new RecordPublishedIndexCommand(file, { userId: 'admin.sonoivu', role: 'PROVINCE_ADMIN' }));
      await survey.get(SurveyRuntime).publishedIndexCaughtUp();
    },
    close: async () => {
      await gateway.close();
      await survey.close();
      await pool.end();
      await database.drop();
    },
  };
}
