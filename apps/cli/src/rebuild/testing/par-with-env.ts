// Test only: `par` with extra environment variables (jest's process.env is the test's own copy: a child
// process started without an `env` would not see what a test sets there).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type ParRun, ROOT } from '../../testing/run-par';

export function parWithEnv(env: Record<string, string>, ...args: string[]): Promise<ParRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), ...args],
      { cwd: ROOT, timeout: 150_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}
