import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system, in ticks) of a process, from /proc/<pid>/stat; null once it is gone. */
export function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** The whole machine's busy and total ticks, over every core (/proc/stat). */
export function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th columns.
  return { busy: total - values[3] - values[4], total };
}

/** Processes by the name the report gives them (one name may cover several, e.g. a service's database backends). */
export type ProcessGroups = ReadonlyMap<string, readonly number[]>;

/** CPU time of named groups of processes over an interval, as cores in use (1.0 = one core busy throughout). */
export class CpuUsage {
  private readonly first = new Map<number, number>();
  private readonly startedAt = performance.now();
  private readonly machineAtStart = machineTicks();

  constructor(groups: ProcessGroups) {
    for (const pids of groups.values()) for (const pid of pids) this.record(pid);
  }

  /** Cores used per group since construction (processes present at both ends), and the machine's busy cores. */
  finish(groups: ProcessGroups): { cores: Record<string, number>; machineBusyCores: number } {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const cores: Record<string, number> = {};
    for (const [name, pids] of groups) {
      let ticks = 0;
      for (const pid of pids) {
        const before = this.first.get(pid);
        const after = processTicks(pid);
        if (before !== undefined && after !== null) ticks += after - before;
      }
      cores[name] = round(ticks / TICKS_PER_SECOND / seconds);
    }
    const machine = machineTicks();
    const share = (machine.busy - this.machineAtStart.busy) / Math.max(1, machine.total - this.machineAtStart.total);
    return { cores, machineBusyCores: round(share * coreCount()) };
  }

  private record(pid: number): void {
    const ticks = processTicks(pid);
    if (ticks !== null) this.first.set(pid, ticks);
  }
}

function coreCount(): number {
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((line) => /^cpu\d+ /.test(line)).length;
}

const round = (value: number) => Math.round(value * 100) / 100;
