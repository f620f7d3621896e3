// Resolves the PostgreSQL server for tests: DATABASE_URL, else a testcontainers container, else the local server.
import { Client } from 'pg';
import { dockerRuntime } from './docker';
import type { ResolvedPostgres } from './types';

export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const POSTGRES_IMAGE = process.env.POSTGRES_IMAGE ?? 'postgres:15-alpine';

export async function resolvePostgres(): Promise<ResolvedPostgres> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, source: `DATABASE_URL (${hostPort(fromEnv)})` };

  if (await dockerRuntime()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer(POSTGRES_IMAGE).start();
    return {
      url: container.getConnectionUri(),
      source: `testcontainers (${POSTGRES_IMAGE})`,
      stop: async () => {
        await container.stop();
      },
    };
  }

  try {
    await selectOne(LOCAL_POSTGRES_URL);
  } catch (error) {
    throw new Error(
      `No PostgreSQL for tests: DATABASE_URL is not set, no Docker engine answers, and the local server ` +
        `${hostPort(LOCAL_POSTGRES_URL)} does not answer (${(error as Error).message}). Start it with ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` or set DATABASE_URL.',
      { cause: error },
    );
  }
  return { url: LOCAL_POSTGRES_URL, source: `local server ${hostPort(LOCAL_POSTGRES_URL)}` };
}

async function selectOne(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port of a URL, never its credentials (they must not reach CI logs). */
export function hostPort(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}
