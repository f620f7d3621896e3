import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'apps/cli/src/main.ts');

/** `par <args>` on the data dir in its own process, as the other benchmarks run it. */
export function runPar(args: readonly string[], dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', MAIN, ...args, '--data-dir', dataDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`par ${args[0]} failed: ${stderr.split('\n').slice(-8).join('\n')}`)) : resolve(stdout)),
    );
  });
}

export interface RunningPlatform {
  readonly apiUrl: string;
  /** The platform's Node process (gateway, gRPC server, services, consumers). */
  readonly pid: number;
  /** The embedded PostgreSQL the platform started (it prints where), for counting the events. */
  readonly databaseUrl: string;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly jwtSecret: string;
  /** Write a V8 CPU profile of the platform process into this directory when it stops. */
  readonly cpuProfileDir?: string;
}

/**
 * `npm start` on the data dir, as the issue measured it: the embedded platform, the demo cycle imported
 * once, the gateway in the same process calling the services over gRPC. Resolves once it serves HTTP.
 */
export async function startPlatform({ dataDir, port, jwtSecret, cpuProfileDir }: PlatformOptions): Promise<RunningPlatform> {
  const profiling = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const child = spawn(process.execPath, [...profiling, '-r', '@swc-node/register', MAIN, 'start', '--port', String(port), '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, PAR_JWT_SECRET: jwtSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let databasePort: string | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => undefined);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      databasePort ??= /postgres: embedded server on 127\.0\.0\.1:(\d+)/.exec(stderr)?.[1];
      if (stderr.includes('press Ctrl-C to stop')) resolve();
    });
    void exited.then((code) => reject(new Error(`par start exited (${code}) before serving: ${stderr.split('\n').slice(-8).join('\n')}`)));
  });
  if (!databasePort) throw new Error('par start did not say where its PostgreSQL listens');
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    databaseUrl: `postgres://postgres:par-embedded@127.0.0.1:${databasePort}/postgres`,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}
