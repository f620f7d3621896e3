/**
 * `npm run bench -- reads [--clients 50] [--seconds 8] [--sizes 1,10]`: the read endpoints of the embedded
 * platform (`par start`) under `clients` concurrent clients, each against the HTTP and auth stack's own limit
 * measured in the same run (GET /api/v1/session: the gateway alone, same auth, no service behind it).
 *
 * Sizes: a past cycle of 30 units × 90 leaves (1x, the size of a province's departments and districts) and
 * one of 300 units (10x), both imported into one data dir before the platform starts. One JSON line per
 * figure and size: value (req/s), limit, ratio = value / limit, p50Ms, p99Ms, and at 10x the growth of the
 * cost per item (results: per row; appraisal sheet: per leaf; audit: per entry) over 1x.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCycleFile } from '@par/contracts';
import { signDevToken } from '@par/gateway';
import { freePort } from '@par/testing';
import { pastCycleFile } from '../import/past-cycle-file';
import { runPar } from '../survey-ingest/par-process';
import { closedLoop, quantile } from './closed-loop';
import { startPlatform } from './platform-process';

const USAGE = 'usage: npm run bench -- reads [--clients 50] [--seconds 8] [--sizes 1,10]\n';
const PROVINCE = { units: 30, fields: 9, leavesPerField: 10 };
const UNIT = 'don-vi-0001';

interface Figure {
  readonly figure: string;
  readonly path: (cycleId: string) => string;
  /** What one answer holds, for the cost per item. */
  readonly items: (body: unknown) => number;
}

const FIGURES: readonly Figure[] = [
  {
    figure: 'results',
    path: (cycle) => `/api/v1/cycles/${cycle}/results`,
    items: (body) => (body as { groups: { results: unknown[] }[] }).groups.reduce((sum, group) => sum + group.results.length, 0),
  },
  {
    figure: 'appraisal-sheet',
    path: (cycle) => `/api/v1/cycles/${cycle}/units/${UNIT}/appraisal`,
    items: (body) => (body as { criteria?: unknown[]; leaves?: unknown[] }).criteria?.length ?? (body as { leaves?: unknown[] }).leaves?.length ?? 1,
  },
  {
    figure: 'audit',
    path: (cycle) => `/api/v1/cycles/${cycle}/units/${UNIT}/audit`,
    items: (body) => (body as { entries: unknown[] }).entries.length,
  },
];

function option(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : (argv[at + 1] ?? '');
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export async function main(argv: readonly string[]): Promise<number> {
  const clients = Number(option(argv, '--clients', '50'));
  const seconds = Number(option(argv, '--seconds', '8'));
  const sizes = option(argv, '--sizes', '1,10').split(',').map(Number);
  if (![clients, seconds, ...sizes].every((value) => Number.isSafeInteger(value) && value >= 1)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'par-bench-reads-'));
  const dataDir = join(work, 'data');
  try {
    for (const factor of sizes) {
      const file = join(work, `past-cycle-${factor}x.json`);
      writeFileSync(file, writeCycleFile(pastCycleFile({ ...PROVINCE, units: PROVINCE.units * factor })));
      process.stderr.write(`reads: importing ${PROVINCE.units * factor} units …\n`);
      await runPar(['import', file], dataDir);
    }
    const secret = randomBytes(32).toString('hex');
    const platform = await startPlatform(dataDir, await freePort(), secret);
    try {
      const token = await signDevToken({ sub: 'bench.reader', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' }, secret);
      const headers = { authorization: `Bearer ${token}` };
      const measure = async (path: string) => {
        await closedLoop(`${platform.origin}${path}`, headers, clients, 1_000); // warm-up: JIT, pools, caches
        return closedLoop(`${platform.origin}${path}`, headers, clients, seconds * 1_000);
      };
      const perItemAt1x = new Map<string, number>();
      for (const factor of sizes) {
        const cycle = `bench-2022-${PROVINCE.units * factor}`;
        const size = `${factor}x`;
        const limitRun = await measure('/api/v1/session');
        const limit = limitRun.requests / limitRun.seconds;
        report({ figure: 'session', size, value: round(limit), unit: 'req/s', limit: round(limit), ratio: 1, ...latencies(limitRun.latenciesMs), clients });
        for (const { figure, path, items } of FIGURES) {
          const sample = await fetch(`${platform.origin}${path(cycle)}`, { headers });
          if (!sample.ok) throw new Error(`${figure}: ${sample.status} ${(await sample.text()).slice(0, 300)}`);
          const itemsPerRequest = items(await sample.json());
          const run = await measure(path(cycle));
          if (run.failures > 0) throw new Error(`${figure} ${size}: ${run.failures} of ${run.requests} failed, first: ${run.firstFailure}`);
          const value = run.requests / run.seconds;
          const perItemMs = 1_000 / value / itemsPerRequest;
          if (factor === sizes[0]) perItemAt1x.set(figure, perItemMs);
          const growth = factor === sizes[0] ? {} : { perItemGrowth: round(perItemMs / (perItemAt1x.get(figure) ?? perItemMs)) };
          report({
            figure,
            size,
            value: round(value),
            unit: 'req/s',
            limit: round(limit),
            ratio: round(value / limit),
            ...latencies(run.latenciesMs),
            clients,
            itemsPerRequest,
            ...growth,
          });
        }
      }
    } finally {
      await platform.stop();
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function latencies(latenciesMs: readonly number[]) {
  return { p50Ms: round(quantile(latenciesMs, 0.5), 1), p99Ms: round(quantile(latenciesMs, 0.99), 1) };
}

function report(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ bench: 'reads', ...line })}\n`);
}
