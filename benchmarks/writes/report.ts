import { percentile, type PhaseRun } from './drive';
import type { EventCount } from './ledger';
import type { LimitRoute } from './phases';

export interface Figure {
  readonly figure: string;
  readonly size: number;
  readonly units: number;
  readonly writers: number;
  readonly run: PhaseRun;
  readonly limits: Readonly<Record<LimitRoute, PhaseRun>>;
  /**
   * The same figure at the run's first size, to show how the cost per command grows with the province: in
   * wall time (`growth`) and, steadier on a shared machine, in the CPU of the platform and its database (`cpuGrowth`).
   */
  readonly base?: { readonly size: number; readonly run: PhaseRun };
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const rate = (run: PhaseRun) => run.operations / run.seconds;
/** CPU per operation of the platform's process and of its PostgreSQL: what an operation costs, whatever shares the machine. */
const cpuMs = (run: PhaseRun) => (run.cpu.platformMs + run.cpu.postgresMs) / run.operations;
const cpuPer = (run: PhaseRun) => ({ platform: round(run.cpu.platformMs / run.operations, 3), postgres: round(run.cpu.postgresMs / run.operations, 3) });

/** One JSON line per figure: commands/s as a ratio against the same gateway's ceilings measured under the same concurrency. */
export function figureLine({ figure, size, units, writers, run, limits, base }: Figure): string {
  const value = rate(run);
  const { limit, hopLimit } = limits;
  const ceiling = rate(limit);
  const perCommandMs = 1000 / value;
  const growth = base
    ? { growth: round(perCommandMs / (1000 / rate(base.run)), 3), cpuGrowth: round(cpuMs(run) / cpuMs(base.run), 3), growthAgainst: `${base.size}x` }
    : {};
  return JSON.stringify({
    bench: 'writes',
    figure,
    size: `${size}x`,
    units,
    writers,
    commands: run.operations,
    value: round(value, 1),
    unit: 'commands/s',
    limit: round(ceiling, 1),
    ratio: round(value / ceiling, 3),
    p50Ms: round(percentile(run.latenciesMs, 0.5)),
    p99Ms: round(percentile(run.latenciesMs, 0.99)),
    limitP50Ms: round(percentile(limit.latenciesMs, 0.5)),
    limitP99Ms: round(percentile(limit.latenciesMs, 0.99)),
    hopLimit: round(rate(hopLimit), 1),
    hopRatio: round(value / rate(hopLimit), 3),
    hopLimitP99Ms: round(percentile(hopLimit.latenciesMs, 0.99)),
    conflicts: run.conflicts,
    perCommandMs: round(perCommandMs, 3),
    cpuMsPerCommand: cpuPer(run),
    limitCpuMsPerRequest: cpuPer(limit),
    hopLimitCpuMsPerRequest: cpuPer(hopLimit),
    ...growth,
  });
}

/** The logs counted after the size's run: every accepted command's event exactly once, nothing else. */
export function eventsLine(size: number, count: EventCount): { line: string; ok: boolean } {
  const ok = count.lost === 0 && count.duplicated === 0 && count.unexpected === 0 && count.failed === 0 && count.found === count.expected;
  return { line: JSON.stringify({ bench: 'writes', figure: 'events', size: `${size}x`, ok, ...count }), ok };
}
