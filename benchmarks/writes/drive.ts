import { cpuBetween, type CpuSample } from './process-cpu';

/** What one phase measured: each completed operation's latency, over the phase's wall time. */
export interface PhaseRun {
  readonly operations: number;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
  /** 409s the writers retried (a concurrent writer appended to the same stream first). */
  readonly conflicts: number;
  /** CPU the platform and its PostgreSQL spent during the phase. */
  readonly cpu: CpuSample;
}

/** Phases run in slices (rounds), added up as one. */
export function merged(runs: readonly PhaseRun[]): PhaseRun {
  return {
    operations: runs.reduce((sum, run) => sum + run.operations, 0),
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
    conflicts: runs.reduce((sum, run) => sum + run.conflicts, 0),
    cpu: {
      platformMs: runs.reduce((sum, run) => sum + run.cpu.platformMs, 0),
      postgresMs: runs.reduce((sum, run) => sum + run.cpu.postgresMs, 0),
    },
  };
}

/** One writer's next operation: resolves to its latency (retries included) and how many conflicts it met. */
export type Operation = () => Promise<{ ms: number; conflicts: number }>;

/** `operations` operations in all, by `writers.length` writers each sending its next as soon as its last answered. */
export async function drive(writers: readonly Operation[], operations: number, cpu: () => CpuSample): Promise<PhaseRun> {
  const before = cpu();
  const latenciesMs: number[] = [];
  let started = 0;
  let conflicts = 0;
  const began = performance.now();
  await Promise.all(
    writers.map(async (operation) => {
      while (started < operations) {
        started += 1;
        const done = await operation();
        latenciesMs.push(done.ms);
        conflicts += done.conflicts;
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  return { operations: latenciesMs.length, seconds, latenciesMs, conflicts, cpu: cpuBetween(before, cpu()) };
}

/** The latency below which `share` of the operations completed (nearest rank). */
export function percentile(latenciesMs: readonly number[], share: number): number {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
