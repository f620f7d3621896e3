/**
 * `npm run bench -- writes [--sizes 1,10] [--writers 1,10,50] [--commands 300,1500,2000] [--cpu-prof DIR] [--pg-stats DIR]`:
 * appraisal and self-assessment commands through the HTTP API of `npm start` (the embedded platform) at 1,
 * 10 and 50 concurrent writers, for the demo province (28 units, 1x) and ten times its units (10x), each on
 * a fresh data dir. One JSON line per figure: commands/s as a ratio against the same gateway's GET /api/v1/session
 * (and GET /api/v1/cycles, one gRPC hop more) under the same concurrency, p50/p99, CPU per command, and the growth
 * of the cost per command from 1x; then, per size, the logs counted: every accepted command's event exactly once,
 * nothing else. README.md.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhaseRun } from './drive';
import { HttpClient } from './http-client';
import { Ledger } from './ledger';
import { parseOptions, USAGE, type WritesOptions } from './options';
import { prepareSize } from './prepared-size';
import { ProcessCpu } from './process-cpu';
import { resetStatementStats, writeStatementStats } from './pg-stats';
import { commandPhase, limitPhase, type PhaseContext } from './phases';
import { eventsLine, figureLine } from './report';
import { KINDS, measureRounds } from './rounds';
import { benchTokens } from './tokens';
import { Workload } from './workload';

/** Writers of the warm-up: one command per unit of each kind, and GETs of each limit, before anything is measured. */
const WARM_UP_WRITERS = 10;

const log = (line: string) => process.stderr.write(`writes: ${line}\n`);

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  const firstRuns = new Map<string, PhaseRun>();
  let counted = true;
  for (const size of options.sizes) {
    const work = mkdtempSync(join(tmpdir(), 'par-bench-writes-'));
    try {
      counted = (await runSize(size, work, options, firstRuns)) && counted;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  // A lost, duplicated or unexpected event is a broken write path, not a slow one: say so by the exit code.
  return counted ? 0 : 1;
}

/** One size on its own platform: warm up, every writer count, then the logs counted (resolves to whether they add up). */
async function runSize(size: number, work: string, options: WritesOptions, firstRuns: Map<string, PhaseRun>): Promise<boolean> {
  const { province, platform, dataDir, jwtSecret } = await prepareSize(size, work, options, log);
  const client = new HttpClient(platform.apiUrl, Math.max(WARM_UP_WRITERS, ...options.writers));
  try {
    const ledger = new Ledger();
    await ledger.mark(platform.databaseUrl);
    const tokens = await benchTokens(
      jwtSecret,
      province.units.map((unit) => unit.id),
    );
    const context: PhaseContext = { client, ledger, tokens, cpu: new ProcessCpu(platform.pid, join(dataDir, 'postgres')) };
    const workloads = new Map(KINDS.map((kind) => [kind, new Workload(province, kind)]));
    const units = province.units.length;
    for (const [kind, workload] of workloads) await commandPhase(context, workload, WARM_UP_WRITERS, units, `wb-${size}x-warm-${kind}`);
    for (const route of ['limit', 'hopLimit'] as const) await limitPhase(context, route, WARM_UP_WRITERS, 200, `wb-${size}x-warm-${route}`);
    if (options.pgStatsDir) await resetStatementStats(platform.databaseUrl);
    let measured = 0;
    for (const [index, writers] of options.writers.entries()) {
      log(`${size}x: ${writers} writers: ${options.commands[index]} commands of each kind, and as many GETs of each limit …`);
      const { limits, commands } = await measureRounds(context, workloads, writers, options.commands[index], `wb-${size}x-${writers}w`);
      for (const [kind, run] of commands) {
        const figure = `${kind}-${writers}w`;
        measured += run.operations;
        const first = firstRuns.get(figure);
        if (!first) firstRuns.set(figure, run);
        const base = first ? { size: options.sizes[0], run: first } : undefined;
        process.stdout.write(`${figureLine({ figure, size, units, writers, run, limits, base })}\n`);
      }
    }
    if (options.pgStatsDir) {
      mkdirSync(options.pgStatsDir, { recursive: true });
      await writeStatementStats(platform.databaseUrl, join(options.pgStatsDir, `${size}x.tsv`), measured);
    }
    const events = eventsLine(size, await ledger.count(platform.databaseUrl));
    process.stdout.write(`${events.line}\n`);
    return events.ok;
  } finally {
    client.close();
    await platform.stop();
  }
}
