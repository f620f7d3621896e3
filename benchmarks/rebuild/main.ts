/**
 * `npm run bench -- rebuild [--sizes 1,10] [--events 100000] [--profile DIR]`: ranking's read models rebuilt from
 * their logs by `par rebuild ranking`, at 100,000 events (1x) and 1,000,000 (10x), each written straight into
 * the submissions and appraisal logs of a fresh embedded data dir; one JSON line per size.
 *
 * `value` is the rebuild's events/s (the whole command, from its migrations to its last commit: target
 * ≥ 33,000, a million in 30 s) and `peakRssBytes` what the `par rebuild` process reports of itself (target
 * < 512 MB). The `limit` beside it is the same run's ceiling: the same logs read from the start through the
 * stores' readAll, nothing projected, so `ratio` = rebuild rate / read rate. The 10x line adds
 * `perEventGrowth`: its per-event replay cost over the 1x one (target ≤ 1.2). `--profile DIR` writes the
 * rebuild's CPU profile (node --cpu-prof) there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withBenchDatabase } from './bench-database';
import { runPar } from './par-process';
import { readAllRate } from './read-ceiling';
import { rebuiltRows } from './rebuilt-rows';
import { writeLogs } from './write-logs';

const USAGE = 'usage: npm run bench -- rebuild [--sizes 1,10] [--events 100000] [--profile DIR]\n';
const TARGET_EVENTS_PER_SECOND = 33_000;
/** Events per read: the rebuild's default batch (LogReplay), which the ceiling reads by too. */
const BATCH_SIZE = 2_000;

interface RebuildSummary {
  events: number;
  finished: boolean;
  seconds: number;
  replaySeconds: number;
  peakRssBytes: number;
  cpuSeconds: number;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

function parseArguments(argv: readonly string[]): { sizes: number[]; events: number; profile?: string } | null {
  const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const sizes = (value('--sizes') ?? '1,10').split(',').map(Number);
  const events = Number(value('--events') ?? 100_000);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(events) || events < 1) return null;
  const profile = value('--profile');
  return { sizes, events, ...(profile ? { profile: resolve(profile) } : {}) };
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArguments(argv);
  if (options === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'par-bench-rebuild-'));
  let first: { events: number; replaySeconds: number } | undefined;
  try {
    for (const size of options.sizes) {
      const dataDir = join(work, `data-${size}x`);
      const figure = await measure(dataDir, options.events * size, options.profile);
      const costRatio = first ? figure.replaySeconds / figure.events / (first.replaySeconds / first.events) : undefined;
      first ??= figure;
      process.stdout.write(
        `${JSON.stringify({ bench: 'rebuild', figure: 'ranking', size: `${size}x`, ...figure.line, ...(costRatio ? { perEventGrowth: round(costRatio) } : {}) })}\n`,
      );
      rmSync(dataDir, { recursive: true, force: true });
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(dataDir: string, events: number, profile: string | undefined) {
  const log = (line: string) => process.stderr.write(`rebuild bench: ${line}\n`);
  log(`${events} events into a fresh embedded data dir …`);
  const created = await runPar(['verify'], dataDir);
  if (created.code !== 0) throw new Error(`par verify on a fresh data dir failed: ${created.stderr}`);
  const { written, writeSeconds, ceiling } = await withBenchDatabase(dataDir, async (pool) => {
    const started = performance.now();
    const count = await writeLogs(pool, events);
    const seconds = (performance.now() - started) / 1000;
    log(`${count} events written in ${round(seconds, 1)} s; reading them back for the ceiling …`);
    return { written: count, writeSeconds: seconds, ceiling: await readAllRate(pool, BATCH_SIZE) };
  });
  log(`read-all: ${Math.round(ceiling.events / ceiling.seconds)} events/s; par rebuild ranking …`);
  const nodeFlags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const rebuilt = await runPar(['rebuild', 'ranking'], dataDir, {}, nodeFlags);
  if (rebuilt.code !== 0) throw new Error(`par rebuild ranking failed: ${rebuilt.stderr.split('\n').slice(-8).join('\n')}`);
  const summary = JSON.parse(rebuilt.stdout) as RebuildSummary;
  const verified = await runPar(['verify'], dataDir);
  if (verified.code !== 0) throw new Error(`par verify failed after generation: ${verified.stdout}`);
  const rows = await withBenchDatabase(dataDir, rebuiltRows);
  if (rows.deadLetters !== 0) throw new Error(`the rebuild dead-lettered ${rows.deadLetters} generated events`);
  const value = summary.events / summary.seconds;
  const limit = ceiling.events / ceiling.seconds;
  return {
    events: summary.events,
    replaySeconds: summary.replaySeconds,
    line: {
      events: summary.events,
      value: Math.round(value),
      unit: 'events/s',
      limit: Math.round(limit),
      ratio: round(value / limit),
      seconds: summary.seconds,
      replaySeconds: summary.replaySeconds,
      peakRssBytes: summary.peakRssBytes,
      cpuSeconds: summary.cpuSeconds,
      target: TARGET_EVENTS_PER_SECOND,
      readSeconds: round(ceiling.seconds),
      written,
      writeSeconds: round(writeSeconds, 1),
      rebuildWallSeconds: round(rebuilt.wallSeconds, 1),
      verifyWallSeconds: round(verified.wallSeconds, 1),
      rows,
    },
  };
}
