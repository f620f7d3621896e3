import type { INestApplication, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { eventsTopic, LOG_UPCASTERS } from '@par/contracts';
import { EventStore, PostgresEventStore, RecordedEvent } from '@par/event-store';
import { createKafka, ensureTopics } from '@par/messaging';
import { createTestDatabase, deleteTopics, freePort, kafkaBrokers, TestDatabase, eventually as retryUntil } from '@par/testing';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { appraisalGrpcOptions, AppraisalModule } from '@par/appraisal';
import { createGatewayApp, DevTokenClaims, signDevToken } from '@par/gateway';
import { RankingModule, rankingGrpcOptions } from '@par/ranking';
import { submissionsGrpcOptions, SubmissionsModule } from '@par/submissions';

const SECRET = 'e2e-secret-for-the-gateway-only-0123456789';

export interface HttpReply {
  status: number;
  contentType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, read by the specs field by field
  body: any;
}

/** What a test sees of the platform: the gateway over HTTP, and each service's own log. */
export interface Platform {
  request(method: string, path: string, options?: { as?: DevTokenClaims; body?: unknown }): Promise<HttpReply>;
  /** A stream of one service's log, read through the event store over that service's schema. */
  stream(service: 'submissions' | 'appraisal' | 'ranking', streamId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/**
 * The three services and the gateway in this process, each service a Nest gRPC microservice on a free
 * port with its own pool and schema. `distributed`: they meet only through Kafka (each log relayed to a
 * run-unique topic, run-unique consumer groups); `embedded`: fed from each other's logs in process.
 */
export async function startPlatform(
  name: string,
  mode: 'distributed' | 'embedded',
  options: { /** Wraps the appraisal service's log (to stage concurrent writers). */ appraisalStore?: (store: PostgresEventStore) => EventStore } = {},
): Promise<Platform> {
  const run = randomBytes(4).toString('hex');
  const database: TestDatabase = await createTestDatabase(name);
  const pools = { submissions: pool(database.url), appraisal: pool(database.url), ranking: pool(database.url) };
  const relayAs = { submissions: `submissions-e2e-${run}`, appraisal: `appraisal-e2e-${run}` };
  const topics = { submissions: eventsTopic(relayAs.submissions), appraisal: eventsTopic(relayAs.appraisal) };
  const kafka = mode === 'distributed' ? createKafka({ brokers: kafkaBrokers(), clientId: `e2e-${run}`, logLevel: 'error' }) : undefined;
  if (kafka)
    await ensureTopics(
      kafka,
      Object.values(topics).map((topic) => ({ topic, partitions: 3 })),
    );

  const appraisalStore = options.appraisalStore
    ? {
        eventStore: (appraisalPool: Pool) =>
          options.appraisalStore!(new PostgresEventStore(appraisalPool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal })),
      }
    : {};
  const services: INestMicroservice[] = [];
  const listen = async (module: Parameters<typeof NestFactory.createMicroservice>[0], grpcOptions: (url: string) => object): Promise<string> => {
    const url = `127.0.0.1:${await freePort()}`;
    const app = await NestFactory.createMicroservice(module, { ...grpcOptions(url), logger: ['error', 'warn'] });
    await app.listen();
    services.push(app);
    return url;
  };

  const submissionsUrl = await listen(
    kafka
      ? SubmissionsModule.register({
          pool: pools.submissions,
          mode: 'distributed',
          kafkaBrokers: kafkaBrokers(),
          relayAs: relayAs.submissions,
          pollIntervalMs: 20,
        })
      : SubmissionsModule.register({ pool: pools.submissions, mode: 'embedded', pollIntervalMs: 20 }),
    submissionsGrpcOptions,
  );
  // The logs the embedded consumers read: through each log's upcasters, as the services' own stores read them.
  const submissionsLog = new PostgresEventStore(pools.submissions, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
  const appraisalUrl = await listen(
    kafka
      ? AppraisalModule.register({
          pool: pools.appraisal,
          databaseUrl: database.url,
          mode: 'distributed',
          kafka: { brokers: kafkaBrokers(), submissionsTopics: [topics.submissions], startsGroupId: `appraisal.starts.${run}`, relayAs: relayAs.appraisal },
          ...appraisalStore,
        })
      : AppraisalModule.register({ pool: pools.appraisal, databaseUrl: database.url, mode: 'embedded', submissions: submissionsLog, ...appraisalStore }),
    appraisalGrpcOptions,
  );
  const appraisalLog = new PostgresEventStore(pools.appraisal, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal });
  const rankingUrl = await listen(
    kafka
      ? RankingModule.register({ pool: pools.ranking, mode: 'distributed', sources: { kafka, topics, groupIdSuffix: `.${run}` } })
      : RankingModule.register({
          pool: pools.ranking,
          mode: 'embedded',
          sources: { submissions: submissionsLog, appraisal: appraisalLog },
          pollIntervalMs: 20,
        }),
    rankingGrpcOptions,
  );

  const gateway: INestApplication = await createGatewayApp({
    services: { submissions: submissionsUrl, appraisal: appraisalUrl, ranking: rankingUrl },
    auth: { secret: SECRET },
  });
  const port = await freePort();
  await gateway.listen(port, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  const logs = { submissions: submissionsLog, appraisal: appraisalLog, ranking: new PostgresEventStore(pools.ranking, 'ranking') };

  return {
    request: async (method, path, options = {}) => {
      const headers: Record<string, string> = {};
      if (options.as) headers.authorization = `Bearer ${await signDevToken(options.as, SECRET)}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${origin}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      const contentType = response.headers.get('content-type') ?? '';
      const text = await response.text();
      return { status: response.status, contentType, body: /json/.test(contentType) && text ? JSON.parse(text) : text };
    },
    stream: (service, streamId) => logs[service].readStream(streamId),
    close: async () => {
      await gateway.close();
      // Ranking first (it consumes the others' topics), submissions last (the others consume its log).
      for (const app of services.reverse()) await app.close();
      for (const each of Object.values(pools)) await each.end();
      await database.drop();
      if (kafka) await deleteTopics(kafkaBrokers(), Object.values(topics)).catch(() => undefined);
    },
  };
}

function pool(url: string): Pool {
  const created = new Pool({ connectionString: url, max: 5 });
  // An idle connection ended by the server (a restart, a shared machine) is replaced, not fatal.
  created.on('error', () => undefined);
  return created;
}

/** The shared retry of @par/testing, with this harness's patience (30_000 ms, polling every 200 ms). */
export const eventually = <T>(assertion: () => Promise<T>, timeoutMs = 30_000): Promise<T> => retryUntil(assertion, timeoutMs, 200);
