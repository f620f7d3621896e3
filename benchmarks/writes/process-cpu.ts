import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface CpuSample {
  readonly platformMs: number;
  readonly postgresMs: number;
}

/**
 * CPU time (user + system) of the platform's Node process and of its PostgreSQL (the postmaster, its live
 * backends, and the backends it has reaped), from /proc: what a command costs the machine, whatever else
 * shares it. Zeros where /proc is not there.
 */
export class ProcessCpu {
  constructor(
    private readonly platformPid: number,
    private readonly postgresDataDir: string,
  ) {}

  sample(): CpuSample {
    const postmaster = Number(readOr(join(this.postgresDataDir, 'postmaster.pid'), '').split('\n')[0]);
    const backends = Number.isInteger(postmaster) && postmaster > 0 ? childrenOf(postmaster) : [];
    const postgres = backends.reduce((sum, pid) => sum + ticksOf(pid).own, Number.isInteger(postmaster) ? ticksOf(postmaster).withReaped : 0);
    return { platformMs: toMs(ticksOf(this.platformPid).own), postgresMs: toMs(postgres) };
  }
}

export function cpuBetween(before: CpuSample, after: CpuSample): CpuSample {
  return { platformMs: after.platformMs - before.platformMs, postgresMs: after.postgresMs - before.postgresMs };
}

const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** /proc/<pid>/stat fields 14–17: utime, stime, cutime, cstime (after the command name, which may hold spaces). */
function ticksOf(pid: number): { own: number; withReaped: number } {
  const stat = readOr(`/proc/${pid}/stat`, '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((index) => Number(fields[index] ?? 0) || 0);
  return { own: utime + stime, withReaped: utime + stime + cutime + cstime };
}

function childrenOf(parent: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const stat = readOr(`/proc/${pid}/stat`, '');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
    });
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}
