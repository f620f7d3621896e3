import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../../..');

export interface ParRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run par -- …` as a person runs it (node + @swc-node/register), from the repository root; never throws on exit codes. */
export function par(...args: string[]): Promise<ParRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), ...args],
      { cwd: ROOT, timeout: 150_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}
