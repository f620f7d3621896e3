import type { INestApplication, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore, RecordedEvent } from '@par/event-store';
import { createTestDatabase, TestDatabase, eventually as retryUntil, freePort } from '@par/testing';
import { Pool } from 'pg';
// The submissions service runs in the test process, as the embedded platform runs it; the gateway
// itself only knows its gRPC address.
import { appraisalGrpcOptions, AppraisalModule } from '@par/appraisal';
import { submissionsGrpcOptions, SubmissionsModule } from '@par/submissions';
import { DevTokenClaims, signDevToken } from '../auth/dev-token';
import { createGatewayApp } from '../gateway.app';
import type { ServiceUrls } from '../grpc/service-clients';

const SECRET = 'test-secret-for-the-gateway-only-0123456789';

export interface HttpReply {
  status: number;
  contentType: string;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, read by the specs field by field
  body: any;
}

export interface RequestOptions {
  /** Claims of the bearer token to send; absent: no Authorization header. */
  as?: DevTokenClaims;
  body?: unknown;
  /** Sent as is (e.g. malformed JSON). */
  rawBody?: string;
  /** A multipart body (fetch sets its content type and boundary). */
  form?: FormData;
  headers?: Record<string, string>;
}

/** The gateway alone on a free port, in front of whatever listens (or not) at the services' addresses. */
export interface GatewayUnderTest {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** A request to the gateway over HTTP (Node's fetch); the body parsed when JSON. */
  request: (method: string, path: string, options?: RequestOptions) => Promise<HttpReply>;
  close: () => Promise<void>;
}

export interface GatewayHarness extends GatewayUnderTest {
  /** The submissions service's log, read through the event store over schema `submissions`. */
  submissionsStream: (streamId: string) => Promise<RecordedEvent[]>;
  /** The appraisal service's log (schema `appraisal`), when it runs. */
  appraisalStream: (streamId: string) => Promise<RecordedEvent[]>;
}

/**
 * The submissions service on a test database and the gateway in front of it, each on a free port;
 * with `appraisal`, the appraisal service too, fed from the submissions log in process (embedded mode).
 */
export async function startGateway(name: string, options: { appraisal?: boolean } = {}): Promise<GatewayHarness> {
  const database: TestDatabase = await createTestDatabase(name);
  const pool = new Pool({ connectionString: database.url, max: 6 });
  const grpcUrl = `127.0.0.1:${await freePort()}`;
  const submissions: INestMicroservice = await NestFactory.createMicroservice(SubmissionsModule.register({ pool, mode: 'embedded', pollIntervalMs: 20 }), {
    ...submissionsGrpcOptions(grpcUrl),
    logger: ['error', 'warn'],
  });
  await submissions.listen();
  const appraisal = options.appraisal ? await startAppraisal(pool, database.url) : undefined;

  const gateway = await startGatewayOnly({ submissions: grpcUrl, ...(appraisal ? { appraisal: appraisal.url } : {}) });
  const store = new PostgresEventStore(pool, 'submissions');

  return {
    ...gateway,
    submissionsStream: (streamId) => store.readStream(streamId),
    appraisalStream: (streamId) => new PostgresEventStore(pool, 'appraisal').readStream(streamId),
    close: async () => {
      await gateway.close();
      await appraisal?.app.close();
      await submissions.close();
      await pool.end();
      await database.drop();
    },
  };
}

/** The gateway on a free port with the given service addresses (nothing need listen there). */
export async function startGatewayOnly(services: ServiceUrls): Promise<GatewayUnderTest> {
  const gateway: INestApplication = await createGatewayApp({ services, auth: { secret: SECRET } });
  const port = await freePort();
  await gateway.listen(port, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    request: async (method, path, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.as) headers.authorization = `Bearer ${await signDevToken(options.as, SECRET)}`;
      const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      if (options.form) return reply(await fetch(`${origin}${path}`, { method, headers, body: options.form }));
      return reply(await fetch(`${origin}${path}`, { method, headers, body }));
    },
    close: () => gateway.close(),
  };
}

async function reply(response: Response): Promise<HttpReply> {
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, contentType, headers: response.headers, body: /json/.test(contentType) && text ? JSON.parse(text) : text };
}

async function startAppraisal(pool: Pool, databaseUrl: string): Promise<{ app: INestMicroservice; url: string }> {
  const url = `127.0.0.1:${await freePort()}`;
  const module = AppraisalModule.register({
    mode: 'embedded',
    pool,
    databaseUrl,
    submissions: new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions }),
  });
  const app: INestMicroservice = await NestFactory.createMicroservice(module, { ...appraisalGrpcOptions(url), logger: ['error', 'warn'] });
  await app.listen();
  return { app, url };
}

/** The shared retry of @par/testing, with this harness's patience (15_000 ms, polling every 50 ms). */
export const eventually = <T>(assertion: () => Promise<T>, timeoutMs = 15_000): Promise<T> => retryUntil(assertion, timeoutMs, 50);
