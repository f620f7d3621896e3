/**
 * Throw-away databases: one per store, created for the run and dropped afterwards (even on error),
 * so no store sees another's tables, and the bench never touches a real database.
 */
import { randomBytes } from 'node:crypto';
import { Client, type Pool } from 'pg';
import type { StoreName } from './store';

export interface BenchDatabase {
  readonly name: string;
  readonly connectionString: string;
}

/** Runs `work` on a short-lived admin connection (CREATE/DROP DATABASE cannot run in a pool's transaction anyway). */
async function withAdmin<T>(adminConnectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function connectionStringFor(adminConnectionString: string, database: string): string {
  const url = new URL(adminConnectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function createDatabase(adminConnectionString: string, store: StoreName): Promise<BenchDatabase> {
  // Random suffix: two runs (or a crashed earlier run) never collide.
  const name = `bench_${store}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminConnectionString, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  return { name, connectionString: connectionStringFor(adminConnectionString, name) };
}

export async function dropDatabase(adminConnectionString: string, database: BenchDatabase): Promise<void> {
  // WITH (FORCE) (PG 13+) also ends connections a killed step process may have left behind.
  await withAdmin(adminConnectionString, (admin) => admin.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`));
}

/**
 * Settles the server before a timed step: a CHECKPOINT flushes the previous step's dirty pages so
 * its write-back does not land inside this step's clock, and VACUUM ANALYZE gives every store
 * fresh statistics and visibility maps instead of whenever autovacuum happens to run.
 */
export async function settle(database: BenchDatabase): Promise<void> {
  await withAdmin(database.connectionString, async (client) => {
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
  });
}

/**
 * Opens `size` connections up front so connection set-up (~ms each) is not inside the timed loop, and
 * answers their backends' pids (whose CPU the step measures).
 */
export async function warmPool(pool: Pool, size: number): Promise<number[]> {
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  const pids = await Promise.all(clients.map(async (client) => (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid));
  for (const client of clients) client.release();
  return pids;
}
