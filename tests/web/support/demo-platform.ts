import { freePort } from '@par/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../..');

/** `npm start` as a person runs it: the embedded platform with the demo cycle, the web UI at `origin`. */
export interface DemoPlatform {
  /** http://127.0.0.1:<port> */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts `par start` on a free port over a fresh data dir (its own embedded PostgreSQL), which builds the web UI
 * first when its build is missing or stale, and resolves once it serves the UI and has printed the demo tokens.
 */
export async function startDemoPlatform(): Promise<DemoPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'par-web-e2e-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'start', '--port', String(port), '--data-dir', dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));

  try {
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      server.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes(`web UI ${origin}/`) && /NATIONAL_VIEWER\s+\S+\n/.test(stdout)) resolve();
      });
      server.once('exit', (code) => reject(new Error(`par start exited with ${code} before serving:\n${stdout}\n${stderr.slice(-3000)}`)));
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
