// A fresh database per test file, so tests never see each other's rows and can run in parallel workers.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** Connection URL of the new database (same server and credentials as DATABASE_URL). */
  url: string;
  name: string;
  /** Drops the database, closing connections still open to it; safe to call twice. */
  drop(): Promise<void>;
}

/** Names look like par_test_<prefix>_<random>_p<pid>: the worker pid lets a later run sweep leftovers of crashed runs. */
export const TEST_DATABASE_PATTERN = /^par_test_[a-z0-9_]*_p(\d+)$/;

export function adminDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: use the jest preset `withInfrastructure` (jest.preset.js), whose global setup ' +
        'resolves PostgreSQL, or set DATABASE_URL yourself.',
    );
  }
  return url;
}

export async function createTestDatabase(prefix = 'db'): Promise<TestDatabase> {
  const adminUrl = adminDatabaseUrl();
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 30);
  const name = `par_test_${safePrefix}_${randomBytes(4).toString('hex')}_p${process.pid}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withClient(adminUrl, async (client) => {
        // pool.end() resolves before the server has seen every connection go: give them a moment, so
        // FORCE does not end one a closed pool still listens on (an unhandled 'error' in the test).
        await waitForConnectionsToClose(client, name, 3_000);
        // FORCE (PostgreSQL 13+) ends pools a test forgot to close instead of failing the drop.
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

async function waitForConnectionsToClose(client: Client, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ open: number }>('SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1', [database]);
    if (rows[0].open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
