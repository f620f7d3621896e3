import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export interface ParRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallSeconds: number;
}

/** `par <args>` on the data dir in its own process (`par rebuild` reports its own peak RSS); never throws on an exit code. */
export function runPar(args: readonly string[], dataDir: string, env: Record<string, string> = {}, nodeFlags: readonly string[] = []): Promise<ParRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeFlags, '-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), ...args, '--data-dir', dataDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr, wallSeconds: (performance.now() - started) / 1000 });
      },
    );
  });
}
