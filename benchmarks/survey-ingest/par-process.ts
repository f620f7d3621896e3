import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

let runs = 0;

export const ROOT = join(__dirname, '../..');

export interface ParRun {
  readonly stdout: string;
  readonly wallSeconds: number;
  readonly peakRssBytes: number;
}

/** `par <args>` on the data dir in its own process, as benchmarks/import spawns it, with its peak RSS measured by the probe. */
export function runPar(args: readonly string[], dataDir: string, work: string): Promise<ParRun> {
  const probe = join(work, `peak-rss-${++runs}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', '-r', join(__dirname, 'peak-rss-probe.ts'), join(ROOT, 'apps/cli/src/main.ts'), ...args, '--data-dir', dataDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000, env: { ...process.env, PAR_BENCH_PEAK_RSS_FILE: probe } },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`par ${args.slice(0, 2).join(' ')} failed: ${stderr.split('\n').slice(-8).join('\n')}`));
        const peakRssBytes = Number(readFileSync(probe, 'utf8'));
        rmSync(probe, { force: true });
        resolve({ stdout, wallSeconds: (performance.now() - started) / 1000, peakRssBytes });
      },
    );
  });
}
