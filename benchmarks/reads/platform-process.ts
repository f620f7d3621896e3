import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export interface RunningPlatform {
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * `par start` (the embedded default, as `npm start` runs it) on `dataDir` and `port`, its gateway signing
 * with `secret`; resolves once it serves. Logs go to the bench's stderr only on failure.
 */
export async function startPlatform(dataDir: string, port: number, secret: string): Promise<RunningPlatform> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'start', '--port', String(port), '--data-dir', dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PAR_JWT_SECRET: secret },
    },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  let output = '';
  server.stderr.on('data', (chunk) => (output = (output + String(chunk)).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    server.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (stdout.includes(`web UI ${origin}/`)) resolve();
    });
    server.once('exit', (code) => reject(new Error(`par start exited with ${code} before serving:\n${output}`)));
  });
  return {
    origin,
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
