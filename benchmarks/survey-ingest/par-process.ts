import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export interface ParRun {
  readonly stdout: string;
  readonly wallSeconds: number;
}

/** `par <args>` on the data dir in its own process, as benchmarks/import spawns it (`par survey import` reports its own peak RSS). */
export function runPar(args: readonly string[], dataDir: string): Promise<ParRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), ...args, '--data-dir', dataDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`par ${args.slice(0, 2).join(' ')} failed: ${stderr.split('\n').slice(-8).join('\n')}`));
        resolve({ stdout, wallSeconds: (performance.now() - started) / 1000 });
      },
    );
  });
}
