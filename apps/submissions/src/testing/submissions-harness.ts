import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createTestDatabase, kafkaBrokers, TestDatabase, eventually as retryUntil, freePort, grpcTestClient, refusalOf } from '@par/testing';
import { Pool } from 'pg';
import type { ParsedRpcError, RpcMethod } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { SubmissionsLog } from '../infrastructure/submissions-log';
import { submissionsGrpcOptions } from '../infrastructure/grpc/submissions-grpc-options';
import { SUBMISSIONS_SCHEMA } from '../infrastructure/tokens';
import { SubmissionsModule } from '../submissions.module';

/** An RPC of par.submissions.v1.Submissions by its name in the proto (checked by the compiler). */
export type SubmissionsMethod = RpcMethod<'submissions'>;

/**
 * One RPC, promisified; the request as the proto's camelCase JSON. Requests stay loosely typed on purpose:
 * the specs also send what a typed client could not (a missing id, a malformed actor).
 */
export type Rpc = (method: SubmissionsMethod, request: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The service on a real database and a free port, with a real grpc-js client, as the gateway will call it. */
export interface SubmissionsHarness {
  call: Rpc;
  /** The refusal a call ends with, parsed as a client reads it (fails the test if the call succeeds). */
  refusal: (method: SubmissionsMethod, request: object) => Promise<ParsedRpcError>;
  /** How many events a stream holds, read from the log itself. */
  streamLength: (streamId: string) => Promise<number>;
  pool: Pool;
  /** The survey service's log in the same database (schema `survey`), when started `withSurveyLog`: the specs append to it as the survey service would. */
  surveyLog: PostgresEventStore | null;
  /** Resolves once the read model has applied everything committed to the logs it reads. */
  caughtUp: () => Promise<void>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  /** Distributed: the log is also relayed to Kafka, as this run-unique service name. */
  relayAs?: string;
  /** Embedded: read a survey log (created here) in process, as the platform passes the survey service's. */
  withSurveyLog?: boolean;
}

export async function startSubmissions(name: string, { relayAs, withSurveyLog = false }: HarnessOptions = {}): Promise<SubmissionsHarness> {
  const database: TestDatabase = await createTestDatabase(name);
  const pool = new Pool({ connectionString: database.url, max: 6 });
  const url = `127.0.0.1:${await freePort()}`;
  const surveyLog = withSurveyLog ? new PostgresEventStore(pool, 'survey') : null;
  await surveyLog?.migrate();
  // @nestjs/testing is not installed: the real factory, as main.ts uses it.
  const module = SubmissionsModule.register({
    pool,
    mode: relayAs ? 'distributed' : 'embedded',
    pollIntervalMs: 20,
    ...(relayAs ? { kafkaBrokers: kafkaBrokers(), relayAs } : {}),
    ...(surveyLog ? { survey: surveyLog } : {}),
  });
  const app: INestMicroservice = await NestFactory.createMicroservice(module, { ...submissionsGrpcOptions(url), logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  await app.listen();

  const client = grpcTestClient('submissions', url);
  // Requests go out as given, typed or not: the refusal specs send what a typed client could not.
  const call: Rpc = (method, request) => (client.call[method] as (request: object) => Promise<unknown>)(request);

  return {
    call,
    refusal: (method, request) => refusalOf(call(method, request)),
    streamLength: async (streamId) => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${SUBMISSIONS_SCHEMA}".events WHERE stream_id = $1`, [streamId]);
      return rows[0].n;
    },
    pool,
    surveyLog,
    caughtUp: () => app.get(SubmissionsLog).readModelCaughtUp(),
    close: async () => {
      client.close();
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}

/** The shared retry of @par/testing, with this harness's patience (15_000 ms, polling every 50 ms). */
export const eventually = <T>(assertion: () => Promise<T>, timeoutMs = 15_000): Promise<T> => retryUntil(assertion, timeoutMs, 50);
