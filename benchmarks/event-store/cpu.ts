/**
 * CPU time spent by this process and by the PostgreSQL backends serving its pool. On a shared machine
 * wall time also counts whatever else runs; CPU per event says what an event costs each side, and
 * whether a gap to the limit is work (CPU) or waiting (commits, locks, the scheduler).
 */
import { readFileSync } from 'node:fs';

export interface CpuSample {
  readonly nodeMs: number;
  /** null when the server's processes cannot be read here (another host, another OS). */
  readonly postgresMs: number | null;
}

/** Time on CPU of a local process, from /proc/<pid>/schedstat (nanoseconds, readable by everyone). */
function onCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/** True when the server runs on this machine, so its backend pids name local processes. */
export function isLocalServer(connectionString: string): boolean {
  const host = new URL(connectionString).hostname;
  return host === '' || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** A sampler of the CPU used so far; `backendPids` null when the server is not local. */
export function cpuMeter(backendPids: readonly number[] | null): () => CpuSample {
  // A backend that ended (its connection closed) keeps the last time read.
  const last = new Map<number, number>();
  const backendsMs = (pids: readonly number[]): number =>
    pids.reduce((sum, pid) => {
      try {
        last.set(pid, onCpuMs(pid));
      } catch {
        // gone: counted with its last reading
      }
      return sum + (last.get(pid) ?? 0);
    }, 0);
  const readable = backendPids !== null && backendsMs(backendPids) > 0;
  return () => {
    const usage = process.cpuUsage();
    return { nodeMs: (usage.user + usage.system) / 1000, postgresMs: readable && backendPids !== null ? backendsMs(backendPids) : null };
  };
}

/** CPU between two samples, in microseconds per event. */
export function cpuPerEvent(before: CpuSample, after: CpuSample, events: number): { node: number; postgres: number | null } {
  const perEvent = (ms: number) => Math.round((ms * 1000 * 100) / events) / 100;
  return {
    node: perEvent(after.nodeMs - before.nodeMs),
    postgres: before.postgresMs === null || after.postgresMs === null ? null : perEvent(after.postgresMs - before.postgresMs),
  };
}
